import sys
from markup import write_set
T = []

# 1 Kenya, Nairobi - sacco accounts clerk
T.append("""AI: Thank you for making time today. Could you start by telling me a little about yourself and your work?

User: Sawa, thank you. I am [[Wanjiru Kamau|PERSON]], [[thirty-one|AGE]] years, and I work as the [[accounts clerk|JOB_TITLE]] at [[Githurai Express Sacco|ORGANIZATION]]. It is a matatu sacco, we have around sixty vehicles running from [[Githurai|CITY]] to town and some going up to [[Ruiru|CITY]]. I joined in [[2017|DATE]], before that I was running an [[M-Pesa|SOFTWARE]] shop for my auntie in [[Kasarani|CITY]]. So my work is collecting the daily remittances from the owners, reconciling, paying the drivers and the conductors, and preparing the reports for the board. Plenty of numbers, every day.

AI: And where does AI come into that work, if at all?

User: Honestly at first I was fearing it. My [[colleague|GENERIC_ROLE]] [[Otieno|PERSON]], he is the one who handles the fleet tracking, he showed me [[ChatGPT|AI_PRODUCT]] on his phone around [[June|GENERIC_TIME]] last year. He was using it to write a letter to [[NTSA|ORGANIZATION]] about one of our vehicles which was impounded. I told him, aki this thing will take our jobs. He just laughed. Then I tried it myself for the minutes of the board meeting, because the [[chairman|GENERIC_ROLE]], Mzee [[Kariuki|PERSON]], he likes the minutes to be very formal, very long English, and I was taking like two evenings to type them. Now I record the meeting, I type my rough notes in Swahili and English mixed, and I tell [[ChatGPT|AI_PRODUCT]], make it formal minutes. Thirty minutes, I am done.

AI: That's a big saving. Are there parts of the numbers work where you use it?

User: Kidogo tu. For the numbers I don't trust it too much. We use [[Excel|SOFTWARE]] and the statements we download from the [[M-Pesa|SOFTWARE]] portal, and sometimes I ask it how to do a formula, like VLOOKUP, or how to make a pivot table. But I don't paste the owners' figures inside. [[Otieno|PERSON]] told me, the things you paste, you don't know where they go. Also our [[auditor|GENERIC_ROLE]] from [[Kinyua & Associates|ORGANIZATION]], they come every [[March|GENERIC_TIME]], they would not be happy if they hear the figures went to some American computer.

AI: How do the other people in the office feel about it?

User: Mixed. The drivers don't care, as long as the money comes on [[Friday|GENERIC_TIME]]. Ha! The [[chairman|GENERIC_ROLE]] is old school, he says "this computer thing is fine, but make sure it is you who signs." The young conductors use it more than me, for [[TikTok|SOFTWARE]] captions and whatever. Then there is our [[cashier|JOB_TITLE]], [[Faith|PERSON]], she uses [[Gemini|AI_PRODUCT]] because it came with her phone. We compare sometimes which one is better for Swahili. I think [[Gemini|AI_PRODUCT]] is a bit better for Sheng, the other one makes Swahili very formal, like a textbook from primary school.

AI: Has anything gone wrong when you've used these tools?

User: Yes, one time. I asked it to help me with the [[KRA|ORGANIZATION]] returns for the sacco, the withholding tax part, and it gave me a rate which was old. I almost filed it on [[iTax|SOFTWARE]]. Luckily I called my former lecturer from [[KCA University|SCHOOL]], Madam [[Achieng|PERSON]], and she told me no, that one changed. So now for tax I only use it to explain the concept, not to give me the final answer. Pole pole.

AI: That's a useful lesson. Looking ahead, how do you see your job changing?

User: I think in two, three years the reconciliation will be automatic. Already the bank is offering us a system which matches the payments. So I want to do a course in data analysis, maybe online, in the evenings. Even [[William Ruto|PUBLIC_FIGURE]] is always talking about digital jobs, online jobs, so let us see if it is true. For me, I want to be the one who knows the system, not the one who is replaced by the system. And if your team wants to follow up, you can call me, the number is [[oh-seven-one-two, triple five, eight-nine-oh|OBF_PHONE|spoken_digits_triple]]. Or email [[wanjiru.k@githuraiexpress.co.ke|EMAIL_ADDRESS]]. After five I am free, before that the office is very busy, people are shouting for their money. Haha. Asante.""")

# 2 India, Pune - HR executive
T.append("""AI: Hi, thanks for joining. Can you introduce yourself and tell me what your job involves?

User: Hi, yes. So I am [[Snehal Deshpande|PERSON]], I am working as [[HR executive|JOB_TITLE]] in [[Kalpavriksh Infotech|ORGANIZATION]], it's a mid-size IT services company, office is in [[Hinjewadi|CITY]] Phase 2. Originally I am from [[Nagpur|CITY]] only, I came to [[Pune|CITY]] for my MBA at [[Symbiosis Institute of Business Management|SCHOOL]] and after that I got placed here in [[2019|DATE]]. I am [[twenty-eight|AGE]] now. Mainly I handle recruitment for the delivery side, onboarding, and some employee engagement activities also.

AI: How are you using AI tools in recruitment?

User: Actually a lot, yaar. First thing, JDs. Earlier the [[delivery managers|GENERIC_ROLE]] used to send me one-line requirement, like "need Java guy 4 years", and I had to make full JD from that. Now I put that in [[ChatGPT|AI_PRODUCT]] and it gives me proper JD in two minutes, then I post on [[Naukri|SOFTWARE]] and [[LinkedIn|SOFTWARE]]. Second thing is screening. We get like three hundred, four hundred CVs for one opening. Our HRMS is [[Darwinbox|SOFTWARE]], it has some AI matching now, but honestly it is not that great. My [[TL|GENERIC_ROLE]], [[Rohan|PERSON]], he made one small Python script with [[Copilot|AI_PRODUCT]] which ranks the CVs on keywords. It's okay, not perfect.

AI: Do you have any concerns about using AI in screening candidates?

User: Yes, definitely. One time I noticed the script was rejecting all the candidates from tier-3 colleges because their CVs were written in a different style, very simple English, no fancy words. But some of them were actually very good coders. I told [[Rohan|PERSON]] and then [[Pooja|PERSON]] ma'am, she is our [[HR head|GENERIC_ROLE]], she said for freshers we will not use the script at all, only manual. I was happy with that decision. Because I myself am from a normal college in [[Nagpur|CITY]], before MBA, so I know how it is.

AI: What about the engagement side of your work?

User: That is the fun part. For [[Diwali|GENERIC_TIME]] and all, I make quizzes, posters, everything with AI help. [[Canva|SOFTWARE]] has the AI now, so I use that. Last [[Ganpati|GENERIC_TIME]] we did one rangoli competition and I used [[Gemini|AI_PRODUCT]] to write funny announcements in Marathi and Hindi both. People liked it. But one small issue happened, I put my own employee code [[KIT-2291|NATIONAL_ID]] in a prompt by mistake, with some salary details, for making a sample offer letter template. After that I felt very bad, I told my [[manager|GENERIC_ROLE]], [[Sameer|PERSON]] sir. He said don't worry but don't repeat. Now I always put dummy data, like "Employee A, 5 LPA".

AI: Does your company have a policy on these tools?

User: We got one policy mail in [[August 2023|DATE]], after some news about [[Samsung|ORGANIZATION]] employees leaking code. Basically it says no client data, no personal data of employees. But nobody reads the policy properly, na. Everyone is using it on personal phone also. And now this whole debate about working hours, [[Narayana Murthy|PUBLIC_FIGURE]] saying seventy hours a week, people are joking that with AI we can finish seventy hours of work in forty. Ha. And the candidates, oh, that is becoming a headache. Half the cover letters are clearly [[ChatGPT|AI_PRODUCT]], same lines, "I am thrilled to apply". In video interviews some candidates are reading answers, you can see eyes moving. So now [[Sameer|PERSON]] sir made one rule that second round will be in office only, face to face. For [[Pune|CITY]] candidates it is fine, for outstation candidates it is a problem.

AI: If we wanted to follow up with you later, how could we reach you?

User: You can mail me on personal id, it is [[snehal.deshpande94 at the rate gmail dot com|OBF_EMAIL|at_the_rate]]. Office mail I don't want to use for this, because IT team monitors everything. Weekdays after seven is better, weekends also fine.""")

# 3 Philippines, Cebu - BPO team leader
T.append("""AI: Good evening, and thank you for doing this. Could you tell me who you are and what you do?

User: Good evening po. I'm [[Maria Kristina Villanueva|PERSON]], but everyone calls me [[Tin|PERSON]]. I'm [[29|AGE]], I'm a [[team leader|JOB_TITLE]] at [[Northstar Contact Solutions|ORGANIZATION]] here in [[Cebu IT Park|CITY]], in [[Lahug|CITY]]. We're a BPO, I handle a team of fourteen agents for a telco account in the [[US|COUNTRY]], mostly billing concerns. I started as an agent in [[2015|DATE]], right after graduating from [[University of San Carlos|SCHOOL]], then I was promoted to SME, then TL.

AI: What does a typical shift look like for you, and where does AI fit in?

User: We're on the graveyard shift, ten PM to seven AM, because of the [[US|COUNTRY]] time. So the first hour I check the stats, AHT, CSAT, all of that, in our dashboard. The account has an AI assist tool now built into [[Zendesk|SOFTWARE]], it suggests replies to the agent while the customer is talking. Grabe, at first the agents hated it, because the suggestions were so long and so American. Like "I completely understand how frustrating that must be for you" every single time. The customers can tell, diba. So we train the agents to use it as a guide only.

AI: How do you use AI yourself, apart from that tool?

User: For coaching. After I do call listening, I write coaching notes, and I use [[ChatGPT|AI_PRODUCT]] to make my feedback more, how do you say, constructive. Because sometimes I'm tired, it's four AM, and my notes sound very harsh. Like for one of my agents, Kuya [[Bong|PERSON]], he's older than me, [[fifty|AGE]] already, so I have to be careful with the tone. I don't put the names there, I just write "agent" and paste my notes. Our [[OM|GENERIC_ROLE]], that's the operations manager, she's very strict about that. Customer names, account numbers, never.

AI: Has AI changed how your team is evaluated?

User: A bit. The [[client|GENERIC_ROLE]] now also checks how often the agents accept the AI suggestions, it's like a new metric. I don't agree with that po. One of my best agents, Ate [[Joy|PERSON]], she almost never uses the suggestions because she already knows the process by heart, nine years in the account. But her adoption rate is low so she was flagged. I had to explain to our [[OM|GENERIC_ROLE]] and send a report to the [[client|GENERIC_ROLE]] also. In the end okay naman, they removed her from the list. But I'm worried for the future, kasi if the AI gets better, maybe they will need fewer agents. My cousin in [[Makati|CITY]] works in another BPO, they already reduced one whole team because of a chatbot. And you know here in [[Cebu|CITY]], many families depend on call center jobs. My mama is in [[Dumaguete|CITY]], she always asks me, "Anak, safe pa ba ang trabaho mo?" Is your job still safe. I tell her yes, Ma, for now.

AI: What skills do you think will matter for people in your position?

User: Honestly, the human side. Empathy, handling escalations, knowing when the customer is really upset and not just saying it. The AI cannot hear that yet. Also data skills, I'm learning [[Google Sheets|SOFTWARE]] formulas and a bit of [[Power BI|SOFTWARE]] on [[YouTube|SOFTWARE]] during my rest days. Even [[Manny Pacquiao|PUBLIC_FIGURE]] had to learn new things when he went into politics, diba? Haha, not a good example maybe.

AI: Thank you, [[Tin|PERSON]]. Is there a way for us to reach you if we have follow-up questions?

User: Yes po, my email is [[tin.villanueva[at]yahoo[dot]com|OBF_EMAIL|bracket_at_dot]], I write it like that so the bots don't get it, haha. Or [[Viber|SOFTWARE]], [[0917 482 3306|PHONE_NUMBER]], just message first before calling because I'm sleeping in the daytime.""")

# 4 Nigeria, Lagos - community pharmacist
T.append("""AI: Thanks for taking the time. Please tell me about yourself and your work.

User: You're welcome. My name is [[Adaeze Nwosu|PERSON]], I'm a [[community pharmacist|JOB_TITLE]]. I own a small pharmacy in [[Surulere|CITY]], [[Lagos|CITY]], [[Bethel Pharmacy|ORGANIZATION]], it's on [[27 Adeniran Ogunsanya Street|ADDRESS]], not far from the shopping mall. I'm [[thirty-six|AGE]]. I studied pharmacy at [[UNN|SCHOOL]], in [[Nsukka|CITY]], then did my internship at [[Lagos University Teaching Hospital|ORGANIZATION]]. I opened [[Bethel|ORGANIZATION]] in [[2016|DATE]], so about eight years now.

AI: How do you use AI in the pharmacy?

User: Carefully, I must say. I have two staff, my [[pharmacy technician|JOB_TITLE]] [[Godspower|PERSON]] and [[Blessing|PERSON]] who does the counter and the books. Most of our customers come without prescription, they just describe symptoms, "madam, my body is hot, I need something". So I use [[Emdex|SOFTWARE]] for drug information, that one is Nigerian, it's reliable. Then [[ChatGPT|AI_PRODUCT]] I use for things like drug interactions when the customer is on many medicines, like an elderly man on hypertension drugs plus diabetes plus something for his prostate. I ask it, then I confirm with the reference book. I don't just take what it says, abeg. Because it has been wrong before o. One time it gave me a dose for a child's syrup that was too high, it was calculating with adult weight or something like that. If I didn't check, wahala. Since then I tell [[Godspower|PERSON]] and [[Blessing|PERSON]], don't use it for dosing at all. For dosing, you call me. Even if I'm at the market, you call me.

AI: What other parts of the business do you use it for?

User: The business side, that's where it really helps me. Writing to suppliers, I have a [[distributor|GENERIC_ROLE]] in [[Idumota|CITY]] that is always delaying, so I use it to write firm letters, polite but firm. Also our [[Instagram|SOFTWARE]] page, [[@bethelpharm_surulere|SOCIAL_HANDLE]], I use it to write health tips, like "five things to know about malaria in rainy season". [[Blessing|PERSON]] handles the posting. And for [[PCN|ORGANIZATION]] inspection, the [[Pharmacists Council|ORGANIZATION]], I used it to arrange my SOPs nicely, because the inspectors like documents.

AI: Do your customers know you use these tools?

User: Some of them. The young ones, they come in and say "I asked [[ChatGPT|AI_PRODUCT]] and it said I should take this antibiotic". Ehn! That one is my headache now. Everybody is a doctor. I have to explain that antibiotics are not like paracetamol, you can't just take it because AI said so. The older customers don't know anything about it, they trust me because they know me, some of them since when I was doing locum in [[Ojuelegba|CITY]].

AI: Looking forward, what would you want from AI tools for pharmacy work?

User: Something trained on Nigerian drugs and Nigerian prices, honestly. Half of the brands we sell here, the foreign AI doesn't know them. If somebody builds that one, I will pay. Maybe someone like [[Iyinoluwa Aboyeji|PUBLIC_FIGURE]] should invest in it, ha. Also inventory. My stock management is still in exercise book and [[Excel|SOFTWARE]]. My husband [[Chidi|PERSON]] keeps saying we should buy proper software but the ones we saw are too expensive for a small shop like mine.

AI: Thank you. Is there a number or email we can use to follow up?

User: My number is [[zero eight zero three, double four, one two, seven six nine|OBF_PHONE|double_digit_words]]. You can [[WhatsApp|SOFTWARE]] me there also. Or just come to the shop and ask for Pharm. [[Adaeze|PERSON]], everybody on that street knows me.""")

# 5 Fiji, Tailevu - geography teacher
T.append("""AI: Bula, and thank you for speaking with me. Could you tell me about yourself?

User: Bula vinaka. My name is [[Litia Waqanivalu|PERSON]]. I am a [[Geography teacher|JOB_TITLE]] at [[Ratu Kadavulevu School|SCHOOL]], [[RKS|SCHOOL]], in [[Lodoni|CITY]], [[Tailevu|CITY]]. I have been teaching since [[2003|DATE]], so more than twenty years. I am [[forty-six|AGE]] this year. Before [[RKS|SCHOOL]] I was at a school in [[Labasa|CITY]] for six years, on [[Vanua Levu|CITY]].

AI: How did you first come across AI tools?

User: Through my daughter, [[Ana|PERSON]]. She is studying at [[USP|SCHOOL]] in [[Suva|CITY]], doing environmental science. During the holidays she was doing her assignment with [[ChatGPT|AI_PRODUCT]] and I said, isa, is that not cheating? She showed me how it works and then I asked it to make a lesson plan on climate change and sea level rise, and it gave a very good plan. But the examples were all from [[Bangladesh|COUNTRY]] and the [[Netherlands|COUNTRY]]. Not one from [[Fiji|COUNTRY]]. So I learnt, you have to tell it, "make it for Fijian Year 11 students", then it is better.

AI: How do you use it now in your teaching?

User: Mostly for preparation. Worksheets, quizzes, and I use [[Canva|SOFTWARE]] for making the charts nicer. The boys like pictures. [[RKS|SCHOOL]] is a boys' boarding school, you know, so the boys are here day and night, and the internet is not very strong in the dorms, only the staff room has good wifi. So the students don't use it much at school, but at home during holidays some of them do. I had one boy copy a whole essay, with the American spelling even, "color" without the U. Ha! I called him and asked him to explain it to me. He could not. So I spoke to our [[HOD|GENERIC_ROLE]], Mrs [[Prasad|PERSON]], and she took it to the [[principal|GENERIC_ROLE]]. We had a staff meeting about it in [[Term 2|GENERIC_TIME]]. Our [[principal|GENERIC_ROLE]], he is a careful man, he said we wait for the [[Ministry of Education|ORGANIZATION]] to give guidelines. But they are slow, you know how it is. So for now each teacher decides. I now give more oral questions and in-class writing, so I know it is their own work.

AI: Are there administrative tasks where AI helps?

User: Yes, reports! End of term reports, I have about one hundred and sixty students across my classes. Writing comments for each one, it takes forever. Now I write short notes, like "good effort, weak on map work", and I ask [[ChatGPT|AI_PRODUCT]] to make it a full sentence. But I do not put the names of the students. Then I enter them in [[FEMIS|SOFTWARE]], that's the ministry system. I am also the [[netball coach|JOB_TITLE]] for the staff team, ha, so I used it to make a training schedule for the ladies.

AI: What worries you about these tools for your students?

User: That they will stop thinking. In our culture we learn a lot by talanoa, by talking together, sharing stories. If everything is just typing to a machine, we lose something. Also the machine doesn't know our land, our vanua. When I teach about cyclones, the students whose villages were damaged by Winston, they know things the machine doesn't know. Even our Prime Minister [[Sitiveni Rabuka|PUBLIC_FIGURE]] was talking about AI at some forum, saying the Pacific must not be left behind. That is true, but we must go forward in our own way.

AI: Vinaka, [[Litia|PERSON]]. How can we contact you if we have more questions?

User: You can email me at [[litia underscore waqa at connect dot com dot fj|OBF_EMAIL|spelled_underscore_at_dot]], or call [[+679 928 4417|PHONE_NUMBER]]. Evenings are best, after prep time at the boarding. Vinaka vakalevu.""")


# 6 Bangladesh, Dhaka - garment merchandiser
T.append("""AI: Thank you for joining. Could you tell me about yourself and your work?

User: Assalamu alaikum. I am [[Rakibul Hasan|PERSON]], most people call me [[Rakib|PERSON]]. I am [[33|AGE]] years old. I am working as [[senior merchandiser|JOB_TITLE]] at [[Meghna Knit Composite|ORGANIZATION]], our factory is in [[Gazipur|CITY]] and the head office is in [[Uttara|CITY]], [[Dhaka|CITY]]. I joined this company in [[2014|DATE]] as a trainee after finishing from [[BUFT|SCHOOL]]. My home district is [[Rajshahi|CITY]], my parents are still there. So merchandising means I am the bridge between the buyer and the factory. Sampling, costing, approvals, shipment, everything I have to follow up.

AI: Where do AI tools come into that bridge role?

User: Mainly in communication. Our main buyers are European, one big Swedish brand and one German discount chain, I cannot tell the names, sorry. They send very long emails, sometimes very technical, sometimes very, how to say, indirect. Like "we are slightly concerned about the shade continuity". What does it mean, are they angry or not? So I paste the email in [[ChatGPT|AI_PRODUCT]], without the buyer name, and ask it to explain the tone and make a reply. My English is okay but for sensitive matters I want to be sure. For costing I use [[Excel|SOFTWARE]] mostly, sometimes I ask [[Copilot|AI_PRODUCT]] to fix my formula when it gives error.

AI: Has it ever caused a problem?

User: Yes bhai, one time it was big problem. We source some yarn and trims from [[China|COUNTRY]], and the suppliers there use [[WeChat|SOFTWARE]]. I was using [[Google Translate|SOFTWARE]] and then [[ChatGPT|AI_PRODUCT]] to translate my messages into Chinese. One time I wrote fabric weight 180 GSM, and somehow in the translation it became a different number, 160 or something. The supplier sent the wrong fabric, whole lot. Three weeks delay. My [[senior|GENERIC_ROLE]], [[Nasrin|PERSON]] apa, she was very angry, she said [[Rakib|PERSON]], you check everything two times, machine is not your father. Haha. Now I always write numbers in digits only and I ask the supplier to confirm back.

AI: How do people in the factory feel about AI and automation?

User: Different people, different feelings. Our [[GM|GENERIC_ROLE]] sir is very excited, he went to one trade fair in [[Germany|COUNTRY]] and came back saying AI will do the marker planning, AI will do the quality check with camera. Some of it is already coming. In the cutting section they put one automatic cutting machine last year. The workers are worried, of course, most of them are women from villages, this job is everything for their family. After the [[Savar|CITY]] building collapse so many things changed, safety improved, but now the new fear is machines. I understand them. My own mother worked in a garment in [[Mirpur|CITY]] when I was small, so I know what this salary means to a family.

AI: What do you think the future looks like for merchandisers like you?

User: Honestly I think the merchandiser job will change but not finish. Buyers still want a person to shout at, haha. No, seriously, the relationship is important, trust is important. AI can write the email but when the shipment is late, the buyer wants to call somebody and hear a human voice saying sorry, we will fix. I am doing an online course now on supply chain analytics from [[Coursera|SOFTWARE]], in the night after [[Isha|GENERIC_TIME]] prayer. Maybe in five years I will be heading the department. Inshallah.

AI: Thank you, [[Rakib|PERSON]]. If we need to follow up, how can we contact you?

User: You can call me or [[WhatsApp|SOFTWARE]], number is [[0 1 7 1 1 - 5 6 2 - 9 0 3|OBF_PHONE|spaced_digits]]. Or office email [[rakib.hasan@meghnaknit.com.bd|EMAIL_ADDRESS]]. Office time is nine to seven, but merchandiser has no office time really, buyer calls at midnight also.""")

# 7 Ghana, Kumasi - cocoa extension officer
T.append("""AI: Hello, and thank you for speaking with us. Please introduce yourself.

User: Thank you. My name is [[Akosua Frimpong|PERSON]], but at work everybody calls me Auntie [[Akos|PERSON]]. I am an [[extension officer|JOB_TITLE]] with [[Kuapa Kokoo|ORGANIZATION]], the cocoa farmers' cooperative. I am based in [[Kumasi|CITY]] but I cover societies in the [[Ahafo|CITY]] area and some parts of [[Ashanti|CITY]]. I have been with them since [[2012|DATE]]. Before that I did my diploma at [[Kwadaso Agricultural College|SCHOOL]]. I am [[forty-one|AGE]] years, married with three children.

AI: What does your day-to-day work involve, and where does technology come in?

User: Ei, my work is mostly on the road. I visit the farmers, I teach them good practices, pruning, spraying, how to handle the black pod disease, how to ferment and dry the beans well. Technology, the biggest one is [[WhatsApp|SOFTWARE]]. I have groups for each society, and I send voice notes in Twi because many of the old farmers cannot read English. Then there is one app, [[Plantix|SOFTWARE]], the farmer takes a picture of the leaf and it tells you the disease. It's okay, sometimes it is correct, sometimes it is confusing swollen shoot with something else.

AI: Have you used tools like [[ChatGPT|AI_PRODUCT]]?

User: Yes, my son showed me, he is at [[KNUST|SCHOOL]] doing computer engineering. I use [[ChatGPT|AI_PRODUCT]] for my monthly reports mainly. My district [[supervisor|GENERIC_ROLE]], Mr [[Owusu|PERSON]], wants the reports in a particular format, and my English writing is, chale, not the best. So I talk to it and it arranges. I also asked it once to write a drama script for a farmer training, about child labour. It wrote something very nice but the names and the places were all foreign. I changed them to our own names, so the farmers will feel it is their story.

AI: How do the farmers react when you bring these tools?

User: The young farmers, they like it paa. There is one boy in [[Goaso|CITY]], [[Yaw Boakye|PERSON]], he is only [[twenty-four|AGE]], he took over his father's farm, he is always on his phone asking me about fertilizer prices, and he even sells his plantain on [[Facebook|SOFTWARE]]. The old men, like Opanin [[Kwadwo|PERSON]] in one of my societies, he will tell you "my daughter, I have been farming cocoa for fifty years, which phone will teach me?" Haha. And he is right, in some things. But when the swollen shoot came and he lost many trees, he listened to the app small small.

AI: Are there concerns about data, for example farmers' information?

User: Yes, this one is serious. With the new traceability rules from [[Europe|CONTINENT]], the deforestation law, we are collecting GPS of every farm, the national ID card numbers of the farmers, everything. It is going into one system the company built with some foreign partners. The farmers don't really understand where the data goes. I myself am not sure. I once asked our [[IT officer|GENERIC_ROLE]] and he said it is safe, it is on the cloud. What is cloud? Haha. Even the President, [[Nana Akufo-Addo|PUBLIC_FIGURE]], was talking digital this, digital that, but nobody explains to the farmer. So I don't put any farmer details into [[ChatGPT|AI_PRODUCT]], that one I am strict about.

AI: Thank you, Auntie [[Akos|PERSON]]. How can we reach you later?

User: You're welcome. You can call me on [[024 377 1852|PHONE_NUMBER]], or email [[akosfrimpong72@gmail.com|EMAIL_ADDRESS]]. If I don't pick, I am in the bush where there is no network, I will call back when I reach town. Greet your people for me.""")

# 8 Uganda, Kampala - nursing officer
T.append("""AI: Thank you for joining this conversation. Could you please introduce yourself?

User: Thank you, you are welcome. I am [[Nakato Sarah|PERSON]], I am a [[nursing officer|JOB_TITLE]] at [[St. Francis Hospital Nsambya|ORGANIZATION]] here in [[Kampala|CITY]]. I work in the maternity ward, mostly in the antenatal clinic. I have been there since [[2011|DATE]], I trained at [[Mulago School of Nursing and Midwifery|SCHOOL]]. I am [[thirty-nine|AGE]] years. I stay in [[Kireka|CITY]], so every morning I am on a boda to beat the jam.

AI: How does AI show up in your work at the hospital?

User: For the hospital systems, not so much. We still have a lot of paper, the big books, and then the data clerk enters into [[DHIS2|SOFTWARE]] at the end of the month. But personally, I use [[ChatGPT|AI_PRODUCT]] on my phone. When I am preparing health talks for the mothers, like on danger signs in pregnancy, I ask it to make simple points. Then I translate into Luganda myself, because when I ask it to write Luganda, nnyabo, it writes some things that make the mothers laugh. Once it wrote something that sounded like "the baby is a visitor who will eat your food". Haha.

AI: Do your colleagues use these tools too?

User: Some of the young nurses use them a lot, for their further studies, for assignments. Our [[ward in-charge|GENERIC_ROLE]], Sister [[Nabirye|PERSON]], she is careful. She told us you cannot ask [[ChatGPT|AI_PRODUCT]] for a drug dose, you check the national guidelines book. Then Dr. [[Ssemwogerere|PERSON]], one of the obstetricians, he actually uses it for reading research, he pastes abstracts and asks for a summary. He says it saves him time but sometimes it invents references, so he checks everything on [[PubMed|SOFTWARE]].

AI: Has anything happened that made you worried?

User: Yes. One of the student nurses took a photo of a patient file, a mother who had complications, and put it in an app to help her write her case study. The name, the age, the village, everything was there. When Sister [[Nabirye|PERSON]] found out, ah, it was serious. The student was given a warning and we had a CME session about confidentiality. I think many people don't understand that when you put something in these apps it goes somewhere, not just in your phone. Me also, I didn't know until that session.

AI: What would you like to see in the future?

User: I want something that can help with the workload. We are few nurses and many mothers, sometimes one nurse for forty mothers in a day. If AI can help with the records, the documentation, then we have more time for the actual care. I heard the [[Ministry of Health|ORGANIZATION]] is trying some things with partners. Also I am planning to do my master's, maybe at [[Makerere University|SCHOOL]], in public health, and I want to study this area, digital health for mothers.

AI: That sounds like a great plan, [[Sarah|PERSON]]. How can we reach you if we need to follow up?

User: My number is [[zero seven seven two, four hundred and eleven, nine hundred and eight|OBF_PHONE|grouped_number_words]]. You can also find me on [[LinkedIn|SOFTWARE]], [[linkedin.com/in/sarah-nakato-rn|URL]], I put it there when I was looking for scholarships. Webale nyo, thank you very much.""")

# 9 Vietnam, Ho Chi Minh City - logistics coordinator
T.append("""AI: Hi, thanks for joining us today. Could you tell me a bit about yourself?

User: Hi, thank you. My name is [[Nguyễn Thị Thu Hà|PERSON]], but for foreign customers I use the name [[Hannah|PERSON]], it's easier for them. I am [[26|AGE]]. I work as [[logistics coordinator|JOB_TITLE]] at [[Saigon Bridge Logistics|ORGANIZATION]], we are freight forwarder, our office is in [[District 7|CITY]], [[Ho Chi Minh City|CITY]]. I graduated from [[Foreign Trade University|SCHOOL]] in [[2021|DATE]] and I join this company right after. My hometown is [[Cần Thơ|CITY]], in the [[Mekong Delta|CITY]].

AI: What does your work involve day to day?

User: Every day is booking, documents, and chasing. Chasing the shipping line, chasing the trucking, chasing the customs broker, chasing the customer for the documents. Our customers are mostly factories, furniture, garment, some electronics parts. They export to [[US|COUNTRY]], to [[Japan|COUNTRY]], to [[Europe|CONTINENT]]. I prepare the booking, the bill of lading draft, check the HS code, and follow the shipment until it leaves [[Cát Lái|CITY]] port.

AI: How do you use AI tools in this?

User: A lot, to be honest. First is English. My English is okay, but when I write to customers from [[America|COUNTRY]] or [[Australia|COUNTRY]], I want it to sound professional, so I write in my way and ask [[ChatGPT|AI_PRODUCT]] to fix. Second is HS codes, sometimes the product is strange, like one customer export "rattan pet bed", which code? I ask AI, it gives me suggestion, then I check again with the tariff book and ask the broker. AI is wrong sometimes, maybe thirty percent. My [[boss|GENERIC_ROLE]], anh [[Tuấn|PERSON]], he always says "AI is intern, not expert". Haha.

AI: Is there anything you avoid putting into these tools?

User: Yes. Customer names, prices, the rates from the shipping line, those are secret. Our company had one training, the [[IT guy|GENERIC_ROLE]] showed us that some company in [[Korea|COUNTRY]] had data leak because employees put code in [[ChatGPT|AI_PRODUCT]]. So now I replace, like "Customer A", "Carrier B". For the communication with Vietnamese truck companies we use [[Zalo|SOFTWARE]], that is all in Vietnamese, no AI. Also the customs system, [[VNACCS|SOFTWARE]], no AI there, it is very old style, haha.

AI: How do you feel about AI and your career?

User: I feel excited but also a little worried. My friend [[Linh|PERSON]], she works at a bigger forwarder, they already have a system that reads the invoice and packing list automatically and makes the declaration. So the junior staff do less typing. I think coordinator job will become more about problem solving, like when container is rolled, when there is typhoon, when customer is angry. I saw in the news [[Jensen Huang|PUBLIC_FIGURE]] came to [[Hanoi|CITY]], everybody very excited about AI and chips in [[Vietnam|COUNTRY]]. Maybe I will learn data analysis, or move to a company like that one day.

AI: Thank you, [[Hà|PERSON]]. How can we get in touch if we have more questions?

User: You can email me at [[ha.nguyen@saigonbridge.vn|EMAIL_ADDRESS]], or [[Zalo|SOFTWARE]] me, my number is [[090 812 3374|PHONE_NUMBER]]. I usually reply fast, except when a vessel is leaving, then I am crazy busy.""")

# 10 Sri Lanka, Nuwara Eliya - tea estate assistant superintendent
T.append("""AI: Thank you for making the time. Could you tell me about yourself and your role?

User: Yes, no problem. I'm [[Dinuka Wickramasinghe|PERSON]], [[34|AGE]] years. I'm the [[assistant superintendent|JOB_TITLE]] at [[Glenmore Estate|ORGANIZATION]], that's a tea estate near [[Nuwara Eliya|CITY]], under [[Uva Highlands Plantations|ORGANIZATION]]. I came to the estate side in [[2015|DATE]], before that I was at the [[Tea Research Institute|ORGANIZATION]] in [[Talawakelle|CITY]] for two years as a research assistant. I studied agriculture at [[University of Peradeniya|SCHOOL]]. My family is in [[Kandy|CITY]], so weekends I go down.

AI: What does an [[assistant superintendent|JOB_TITLE]] actually do on a tea estate?

User: Aney, everything, no? Plucking rounds, the field work, the fertilizer programme, the labour, the factory coordination, the checkroll for the wages. We have about four hundred workers, mostly Tamil families living in the line rooms for generations. My [[superintendent|JOB_TITLE]], Mr [[Gunawardena|PERSON]], he handles the bigger decisions and the head office in [[Colombo|CITY]]. I'm the one in the field every morning at six with the field officers and the kanganies.

AI: Where does AI come into this?

User: Slowly, slowly. For me personally, [[ChatGPT|AI_PRODUCT]] is useful for writing. Every month I have to do the crop report and the explanation why the yield is down, and the head office wants nice English. I give it my figures and notes, and it makes a proper report. Also I ask it about the new fertilizer mixes, because you remember in [[Gotabaya Rajapaksa|PUBLIC_FIGURE]]'s time the government suddenly banned chemical fertilizer, and the yields dropped so much. The [[TRI|ORGANIZATION]] has the official recommendations, so I check with them, but AI helps me to understand the papers quickly.

AI: What about on the field side, is any technology being tried?

User: The company did one pilot with drones for mapping the fields, and there is a weather app with some AI predictions. Also the plucking data is going into a tablet system now, [[EstateTrack|SOFTWARE]]. The kanganies were not happy at first, they are used to the book. One old kangani, [[Muthusamy|PERSON]], he's been on the estate for like forty years, he told me "sir, the tablet doesn't know which bush is lazy". Haha. He knows every field by heart. That kind of knowledge, no AI will have.

AI: Are there concerns you have about these tools?

User: The wages part, the data of the workers, that is sensitive, I never put that in [[ChatGPT|AI_PRODUCT]]. The unions are also very strong here, if they hear workers' data is going somewhere, there will be a strike, machan. And I worry that head office will start to manage everything from [[Colombo|CITY]] with dashboards, and they don't understand the field. Already they send messages on [[WhatsApp|SOFTWARE]] at ten in the night asking why field number twelve is low. Anyway, that's the life.

AI: Thank you, [[Dinuka|PERSON]]. How can we contact you for a follow-up?

User: Email is best, signal is bad up here. It's [[dinukaw (at) gmail (dot) com|OBF_EMAIL|paren_at_dot]]. Or you can try my mobile, [[077 604 2195|PHONE_NUMBER]], but only evenings when I'm at the bungalow. Thank you, it was nice talking.""")

# 11 Tanzania, Arusha - safari guide / tour operator
T.append("""AI: Karibu, and thanks for talking with me. Can you tell me a little about yourself?

User: Asante, karibu sana. My name is [[Baraka Mollel|PERSON]]. I am a [[safari guide|JOB_TITLE]], and for five years now I run my own small company, [[Kilele Adventures|ORGANIZATION]], here in [[Arusha|CITY]]. I am [[thirty-seven|AGE]]. I started guiding in [[2009|DATE]] after my certificate at the [[College of African Wildlife Management|SCHOOL]] in [[Mweka|CITY]]. Before I opened my company I was driving for a big operator for many years. Now we have three Land Cruisers, four guides including me, and one lady in the office, [[Neema|PERSON]], she is our [[booking officer|JOB_TITLE]] and she is the real boss, haha.

AI: How has AI come into your business?

User: Oh, a lot, especially after Covid. Before, all our clients came from agents in [[Europe|CONTINENT]]. Now many people book direct, they find us on [[TripAdvisor|SOFTWARE]] or [[Instagram|SOFTWARE]], and they send many, many questions. "Is it safe? What to pack? Can I see the migration in [[July|GENERIC_TIME]]?" [[Neema|PERSON]] uses [[ChatGPT|AI_PRODUCT]] to prepare the replies and the itineraries. Before she was taking the whole day for one proposal, now she does five, six in a day. I also use it when guests speak other languages. Last season I had a family from [[Spain|COUNTRY]], the grandfather was not speaking English at all, so I was using the voice translation on my phone in the car. It was funny, but it worked, hakuna shida.

AI: Do you use it while you're actually guiding?

User: Not so much for the animals, I know the animals, haha. Fifteen years of looking at lions, I don't need a computer for that. But sometimes guests ask me very specific things, like the Latin name of a bird or about the geology of the crater, and I check quickly when we stop for lunch. One American guest asked me if [[ChatGPT|AI_PRODUCT]] can replace guides. I told him, okay, let [[ChatGPT|AI_PRODUCT]] change your tyre when we get a puncture in the middle of the plains. He laughed a lot. He wrote that story in his review, even.

AI: Are there downsides you've seen?

User: Yes. Some of the big companies now are using AI for everything, even the reviews, fake reviews. And the small guys like us, we compete with that. Also the guests come with very fixed plans from AI, sometimes wrong. One couple, Mr and Mrs [[Hoffmann|PERSON]] from [[Munich|CITY]], they came with an itinerary that said drive from the lodge to the crater in one hour. It is four hours, pole sana. They were angry with me, not with the computer! Also, the lady in the office, she once pasted a guest's passport details in the chat to make the park permit list. I told her no, never do that, those are people's documents. Now we just type the permit forms ourselves.

AI: How do you market the company online?

User: [[Instagram|SOFTWARE]] mostly, our page is [[@kilele_adventures_tz|SOCIAL_HANDLE]], and my own one for the guiding, [[@baraka.the.guide|SOCIAL_HANDLE]]. My nephew [[Lema|PERSON]] does the videos, he is good with [[CapCut|SOFTWARE]]. And since the Royal Tour film with our President [[Samia Suluhu Hassan|PUBLIC_FIGURE]], many Americans are interested in [[Tanzania|COUNTRY]], so that helped us a lot. We use AI to write captions, but I always tell [[Lema|PERSON]], write it like [[Baraka|PERSON]] talks, not like some robot from [[America|COUNTRY]].

AI: Thank you, [[Baraka|PERSON]]. How can we reach you if we want to follow up?

User: Come to the office, we are at [[Plot 45, Block C|ADDRESS]], [[Njiro|CITY]], near the [[Tanesco|ORGANIZATION]] offices. Or call the office line, [[+255 27 254 8831|PHONE_NUMBER]], [[Neema|PERSON]] will pick. And if you want to come on safari, I will give you a discount, haha. My guide licence number is [[TG-0871|NATIONAL_ID]], you can check me with the tourism board, I am legit.""")

# 12 Indonesia, Yogyakarta - batik shop owner
T.append("""AI: Thank you for agreeing to talk with me. Could you introduce yourself?

User: Yes, hello, sorry my English is not so good, I try. My name is [[Sri Wahyuni|PERSON]], people here call me Bu [[Yuni|PERSON]]. I am [[45|AGE]] years old. I have a small batik shop and workshop in [[Yogyakarta|CITY]], the name is [[Batik Larasati|ORGANIZATION]], on [[Jalan Tirtodipuran No. 21|ADDRESS]]. My husband, Mas [[Bambang|PERSON]], he does the design and the cap, the copper stamp, and I do the selling and the money. We started in [[2008|DATE]], after the earthquake, when the tourists came back slowly to [[Jogja|CITY]].

AI: How do you sell your batik these days?

User: Now more than half is online. [[Shopee|SOFTWARE]], [[Tokopedia|SOFTWARE]], and [[Instagram|SOFTWARE]], our account is [[@batiklarasati.jogja|SOCIAL_HANDLE]]. Also [[TikTok|SOFTWARE]] live, my daughter [[Putri|PERSON]] does that, she is studying at [[UGM|SCHOOL]] but in the evening she does live selling, she is very good at talking, not like me. The tourists still come to the shop, mostly from [[Malaysia|COUNTRY]], the [[Netherlands|COUNTRY]], some from [[Australia|COUNTRY]].

AI: Where do AI tools come in?

User: First time was [[Putri|PERSON]] who show me [[ChatGPT|AI_PRODUCT]]. For product description in English, because foreign buyers always ask "what is the meaning of this motif". Like parang, kawung, truntum. I explain in Indonesian and [[ChatGPT|AI_PRODUCT]] make it nice English. But sometimes it is wrong, it say truntum is for funeral. No! Truntum is for wedding, for the parents of the bride. I was angry, haha. So now I always check before I post. Also I use the AI in [[WhatsApp|SOFTWARE]], the blue circle, [[Meta AI|AI_PRODUCT]], for quick questions, like how to reply a customer who complain.

AI: Have you used AI for the designs themselves?

User: [[Bambang|PERSON]] try it once. He ask some app to make batik design with AI, and the picture was beautiful but, how to say, it is not batik. Batik is the wax, the canting, the hand, the time. The AI picture has no soul. And also we are worried, because now there are printed fabric from [[China|COUNTRY]] with batik motif, very cheap, and people cannot see the difference. If AI makes designs, the factories can copy faster. Our workers, like Bu [[Tini|PERSON]], she is [[sixty-two|AGE]] and she has been drawing batik tulis since she was a small girl, what will happen to them? She has four grandchildren, the batik is her life.

AI: What does your community of batik makers say about this?

User: There is an association, [[Paguyuban Batik Tirtodipuran|ORGANIZATION]], we meet every month, and we talk about this. Some young members want to use AI for marketing, for the photos, the captions, the older ones are scared. Me, I am in the middle. [[Jokowi|PUBLIC_FIGURE]] always wears batik and promotes it, and every year in [[October|GENERIC_TIME]] we have Batik Day, so people are proud. But proud is not the same as buying, haha. For me AI is okay for selling, for talking to the customer, but not for making. The making must stay with the hand.

AI: Thank you, Bu [[Yuni|PERSON]]. How can we contact you for a follow-up?

User: You can [[WhatsApp|SOFTWARE]] me, or email. My email is [[yuni titik larasati et gmail titik com|OBF_EMAIL|indonesian_et_titik]], sorry, I say in Indonesian, titik is dot, et is the a with the circle. Haha. Or if you come to [[Jogja|CITY]], come to the shop, I will give you tea and show you the workshop. Terima kasih, thank you.""")

# 13 Pakistan, Lahore - audit trainee
T.append("""AI: Assalam o alaikum, thanks for joining. Could you tell me about yourself?

User: Walaikum assalam. I'm [[Ayesha Tariq|PERSON]], I'm [[24|AGE]], and I'm an [[audit trainee|JOB_TITLE]] at [[Rashid Saeed & Co.|ORGANIZATION]], it's a chartered accountancy firm in [[Gulberg|CITY]], [[Lahore|CITY]]. I'm doing my CA from [[ICAP|ORGANIZATION]], so the training contract is part of that. I joined in [[September 2022|DATE]], so I'm in my third year of articles now. I live in [[Model Town|CITY]] with my parents, and I did my BSc from [[LUMS|SCHOOL]] before starting CA.

AI: What does your work involve, and where do you use AI?

User: Audit work is a lot of, matlab, boring stuff honestly. Vouching, tick-marking, bank reconciliations, preparing working papers. We use [[CaseWare|SOFTWARE]] for the files and [[Excel|SOFTWARE]] for literally everything else. AI I use mostly for two things. One, understanding standards. IFRS 9, IFRS 16, these are very dense, so I ask [[ChatGPT|AI_PRODUCT]] to explain with simple examples, like "explain lease accounting as if I'm buying a rickshaw on installments". It's very good at that. Two, formulas, I ask it for XLOOKUP, INDEX MATCH, [[Power Query|SOFTWARE]] steps. Like [[Sundar Pichai|PUBLIC_FIGURE]] says AI is more profound than fire, and I'm like, okay, but can it pass CAF? Haha.

AI: Do you use it with client data?

User: No, no. Our [[partner|GENERIC_ROLE]], [[Rashid|PERSON]] sahab, is very strict. He told us in the first week, if I see any client's trial balance in [[ChatGPT|AI_PRODUCT]], you're out. And honestly it makes sense, our clients are textile mills, a sugar mill, some pharma companies, there's a lot of sensitive stuff. My [[senior|GENERIC_ROLE]] on most jobs, [[Bilal|PERSON]] bhai, he uses [[Copilot|AI_PRODUCT]] on the office laptops because the firm got the enterprise licence, and that's apparently allowed because the data stays inside. I don't fully understand the difference, but okay, ji.

AI: Has it ever gotten something wrong for you?

User: Yes yaar, once properly embarrassing. We were on an audit at a textile client in [[Faisalabad|CITY]], [[Noor Textile Mills|ORGANIZATION]], and I asked [[ChatGPT|AI_PRODUCT]] about the withholding rate on some export proceeds, and I put it straight in my working paper. [[Bilal|PERSON]] bhai reviewed it and he was like, [[Ayesha|PERSON]], where did this rate come from? It was from an old Finance Act. He made me redo the whole section, and in front of the client's [[accountant|GENERIC_ROLE]] also. So embarrassing. Since then I always check the [[FBR|ORGANIZATION]] circulars myself.

AI: How do you think AI will affect your career?

User: Everybody in our batch talks about this. The Big Four are already using AI for sampling and for reading contracts, so maybe the trainee work will reduce. My friend [[Hira|PERSON]] is at one of the big firms, she says half her work now is reviewing what the tool did. But I think someone still has to sign, and someone has to take responsibility, and that's a human. I want to go into advisory after qualifying, maybe go to [[Dubai|CITY]] for a few years, lots of Pakistani CAs there. My abbu says just stay in [[Lahore|CITY]] and get married, haha, but we'll see.

AI: That's really helpful, thank you. If we need to follow up, and for the participation payment, what details should we use?

User: Sure. My number, I'll type it in the chat, it's [[۰۳۰۰-۴۵۶۱۲۳۷|OBF_PHONE|urdu_digits]], sorry, my keyboard is on Urdu. For the payment you said you need CNIC, it's [[35202-4418273-4|NATIONAL_ID]]. And email is [[ayesha.tariq.ca@outlook.com|EMAIL_ADDRESS]], I check it every day.""")

# 14 Papua New Guinea, Lae - HSE coordinator
T.append("""AI: Hello, thanks for joining from [[Lae|CITY]]. Could you tell me about yourself?

User: Hello, tenkyu. My name is [[Priscilla Kaupa|PERSON]], I'm from [[Goroka|CITY]] originally, in the highlands, but I live and work in [[Lae|CITY]] now. I'm [[32|AGE]]. I'm the [[HSE coordinator|JOB_TITLE]] at [[Morobe Gold|ORGANIZATION]], we do mining support, so I look after health and safety for our site crews and the workshop here in town. I started there in [[2016|DATE]] as a trainee after I finished at [[Unitech|SCHOOL]], the [[PNG University of Technology|SCHOOL]].

AI: What does your typical week look like?

User: [[Mondays|GENERIC_TIME]] are the worst, em nau. Incident reports from the weekend, toolbox talks to prepare, then inspections at the workshop. Twice a month I fly up to the site for a few days, the camp is up in the mountains, very cold, very wet. Lots of paperwork, we use [[SAP|SOFTWARE]] for the incidents and the permits, and [[Microsoft Teams|SOFTWARE]] for meetings with the [[Brisbane|CITY]] office because our parent company is Australian.

AI: How do you use AI tools in that work?

User: Mostly for writing. Toolbox talks, I ask [[ChatGPT|AI_PRODUCT]] to make me a five-minute talk on working at heights, or on fatigue, and then I change it into simple English and some Tok Pisin, because many of the boys on site are from the villages, they understand Tok Pisin better. When I say "yu mas pasim belt" everybody listens, haha. If I read the AI version in big English, they just nod and look at their phones. Also the incident reports, I write the facts and ask it to organise them into the format the [[Brisbane|CITY]] people want, with root cause and all that.

AI: Have there been any problems?

User: One time, yes. I was lazy and I pasted an incident report with the name of the worker who was injured, his ID number, everything, into [[ChatGPT|AI_PRODUCT]] to tidy it up. My [[manager|GENERIC_ROLE]], Mr [[Tindiwi|PERSON]], saw it on my screen and he was not happy. He said [[Priscilla|PERSON]], that man is a wantok of half the workshop, if his information goes somewhere, we will have big trouble. He's right. In [[PNG|COUNTRY]] everybody knows everybody. Now I use "Worker 1", "Worker 2".

AI: What do your colleagues think about AI?

User: Mixed. The young engineers love it. The old fitters, like Uncle [[Kila|PERSON]] in the workshop, he says "mi no save long dispela samting", I don't know about that thing, and he doesn't want to know. Haha. Internet is also a problem, [[Digicel|ORGANIZATION]] is okay in town but at the site it's very slow, so the AI is only for town work. And some people worry that the company will use AI cameras to watch us, they already talk about cameras in the trucks to check fatigue. Even the Prime Minister, [[James Marape|PUBLIC_FIGURE]], was saying we must get ready for the digital economy. Okay, but first give us good internet, eh.

AI: Thank you, [[Priscilla|PERSON]]. How can we contact you?

User: Email is [[pkaupa@morobegold.com.pg|EMAIL_ADDRESS]], or my [[Digicel|ORGANIZATION]] number is [[7219 4406|PHONE_NUMBER]]. If you want to send a letter, haha, nobody does that now, but my house is [[Section 5, Lot 22|ADDRESS]], [[Eriku|CITY]]. Tenkyu tru.""")

# 15 Senegal, Dakar - NGO project officer
T.append("""AI: Thank you for joining us. Could you please present yourself?

User: Yes, thank you, and sorry for my English, I am more comfortable in French, but I will try. My name is [[Mame Diarra Sarr|PERSON]]. I am [[35|AGE]] years old. I work as [[project officer|JOB_TITLE]] at [[Jokkoo Développement|ORGANIZATION]], it's an NGO based in [[Dakar|CITY]], in [[Sacré-Cœur|CITY]]. We work on women's savings groups and small commerce in the regions, especially in [[Kaolack|CITY]] and [[Thiès|CITY]]. I am with them since [[2018|DATE]]. Before, I studied sociology at [[UCAD|SCHOOL]], the [[Université Cheikh Anta Diop|SCHOOL]].

AI: What does a normal week look like for you?

User: Actually, I am between the office and the field. [[Monday|GENERIC_TIME]], [[Tuesday|GENERIC_TIME]], I am in the office, reports, budgets, meetings with the partners. Then [[Wednesday|GENERIC_TIME]] I take the road to [[Kaolack|CITY]] with our driver, [[Ousmane|PERSON]], and we visit the groups. The women, they meet under a tree or in the house of the president of the group, and we do formations on bookkeeping, on marketing. It's not evident, because many of them cannot read, so we use pictures, we use songs even.

AI: Where do AI tools come into this work?

User: Okay, this is funny. In our team there is my colleague [[Claude Mendy|PERSON]], he is our [[M&E officer|JOB_TITLE]]. And we also use [[Claude|AI_PRODUCT]], the AI. So in the office we say "[[Claude|PERSON]] the man" and "[[Claude|AI_PRODUCT]] the machine". Haha. The man is the one who brought the machine, he uses it to analyse the survey data and to write the reports for the donors in English. The donors are mostly anglophones, and the [[GIZ|ORGANIZATION]] is German but they want English reports also. For me, I use [[ChatGPT|AI_PRODUCT]] more, to translate my reports from French to English, and to check my grammar.

AI: Are there any concerns about using these tools with the women's groups?

User: Yes, the data. We have lists of the women, their names, their phone numbers, how much they save, how much they borrow. That is very sensitive, especially for the women whose husbands don't know how much they have, you understand? So we made a rule: no names in the AI, never. [[Claude|PERSON]] anonymises everything before. Also the AI doesn't understand our context. One time I asked it to propose a marketing plan for a group that sells thiakry and bissap juice in the market, and it proposed [[Instagram|SOFTWARE]] ads and a website! These women have basic phones. It made me laugh a lot.

AI: How do you see AI in your sector in the coming years?

User: I think it can help for the reporting, because honestly we spend too much time on reports and not enough time in the field. But I am afraid that the donors will think AI can replace the field staff. It cannot. The trust of the women, you build it in years, with tea, with attaya, sitting together. Our President [[Bassirou Diomaye Faye|PUBLIC_FIGURE]] talks a lot about sovereignty, digital sovereignty also, and I think for AI it is important, that we have tools in Wolof, in Pulaar, not only French and English. Inshallah it will come.

AI: Thank you very much. How can we contact you later?

User: My email, I say it in French, sorry: [[mamediarra.sarr arobase orange point sn|OBF_EMAIL|french_arobase_point]]. And phone, [[77 512 30 84|PHONE_NUMBER]], with the code of [[Senegal|COUNTRY]] before, plus two two one. Jërëjëf, thank you.""")

# 16 Nepal, Lalitpur - QA engineer
T.append("""AI: Namaste, and thank you for joining. Could you introduce yourself and your work?

User: Namaste. I am [[Sujata Shrestha|PERSON]], [[27|AGE]] years old. I work as a [[QA engineer|JOB_TITLE]] at [[Himalayan Code Labs|ORGANIZATION]], it's a software outsourcing company in [[Jhamsikhel|CITY]], [[Lalitpur|CITY]]. Most of our clients are from [[Australia|COUNTRY]] and [[Denmark|COUNTRY]], we build web apps and mobile apps for them. I joined in [[2020|DATE]], right in the middle of the lockdown, so for my first year I never saw my office, only [[Slack|SOFTWARE]] and [[Zoom|SOFTWARE]]. Before that I studied computer engineering at [[Kathmandu University|SCHOOL]] in [[Dhulikhel|CITY]].

AI: What does testing work look like for you now, with AI tools around?

User: It has changed a lot in two years, honestly. Before, I was writing test cases by hand in [[Jira|SOFTWARE]], one by one, from the user stories. Now I give the user story to [[ChatGPT|AI_PRODUCT]] and it gives me like thirty test cases, including edge cases I sometimes forget. Then I remove the stupid ones, haha, maybe one third are not useful. For automation we use [[Selenium|SOFTWARE]] and [[Playwright|SOFTWARE]], and the developers got [[GitHub Copilot|AI_PRODUCT]] licences, so I also use it for writing the scripts. It is very fast for the boring part, the locators, the page objects.

AI: Are there any problems with that approach?

User: Yes, one big one. The AI writes test cases for what the requirement says, not for what the client actually means. Our Danish client, they have very specific rules for their invoice flow, and the AI was writing tests for a "normal" invoice. So many bugs went to UAT. My [[team lead|GENERIC_ROLE]], [[Ramesh|PERSON]] dai, he told me, [[Sujata|PERSON]], the AI doesn't go to the client meetings, you do. So now I always sit in the refinement meetings and take my own notes, and only then I use AI. Also the client contracts say no code or data should go into public AI, so we only use the company accounts.

AI: How do people in your office feel about AI affecting jobs?

User: There is some fear, especially for QA. Everybody says QA will be the first to go, haha. In our company they have not reduced anyone, but the new batch of interns is smaller this year. My friend [[Anisha|PERSON]] works in a bigger company in [[Baneshwor|CITY]], she says they merged two QA teams after they started using an AI testing tool. For me, I think the people who only click and follow the script, yes, they are in danger. But the people who understand the business, they will be okay. Also many of my batchmates already went abroad, to [[Canada|COUNTRY]], to [[Australia|COUNTRY]], the brain drain is very big in [[Nepal|COUNTRY]]. My mother always asks when I am going, but I want to stay, at least for now.

AI: Is there anything about AI outside work that you find interesting?

User: Ha, yes. The [[Kathmandu|CITY]] mayor, [[Balen Shah|PUBLIC_FIGURE]], is very popular with young people, and people were making AI songs and AI posters of him, some were very funny. I also used [[Midjourney|AI_PRODUCT]] once to make a birthday poster for my younger brother, he was very happy, he put it as his profile picture. And my father, he is a retired school teacher, he now asks [[ChatGPT|AI_PRODUCT]] about his blood pressure tablets, and I have to tell him, Buwa, ask the doctor also, please.

AI: Thank you, [[Sujata|PERSON]]. Where can we find you if we want to follow up?

User: My email is [[sujata.shr@proton.me|EMAIL_ADDRESS]]. And if you want to see what I do, my [[GitHub|SOFTWARE]] is [[github.com/sujata-qa|URL]], there are some small automation projects there. Dhanyabad!""")

# 17 Malaysia, Penang - senior process engineer
T.append("""AI: Hi, thanks for making time. Can you tell me about yourself and your job?

User: Hi, no problem lah. I'm [[Lim Kok Wai|PERSON]], everybody calls me [[KW|PERSON]]. I'm [[40|AGE]] this year. I'm a [[senior process engineer|JOB_TITLE]] at [[Perai Microsystems|ORGANIZATION]], we do semiconductor back-end, assembly and test, our plant is in [[Bayan Lepas|CITY]], [[Penang|CITY]]. I joined in [[2008|DATE]] straight after graduating from [[USM|SCHOOL]], so sixteen years already, same company. Old fella already, haha.

AI: What does a process engineer do day to day?

User: Basically I make sure the wire bonding process runs properly. Yield, defects, machine parameters, all that. Every morning got production meeting, then I go to the line, check the SPC charts, talk to the technicians. If yield drop, I must find out why, fast. We use [[Minitab|SOFTWARE]] for the stats, [[SAP|SOFTWARE]] for the material side, and the MES system, [[Camstar|SOFTWARE]], for the lot tracking. Some days I walk fifteen thousand steps inside the cleanroom, in the bunny suit some more.

AI: Where does AI fit into that?

User: Two kinds. One is the official one, the company now has AI vision inspection on some of the lines, it checks the wire bond pictures automatically. Before, the operators look under microscope whole day, very tiring for the eyes. Now the machine flags, the operator confirms. The other one is my own usage, [[ChatGPT|AI_PRODUCT]] and [[Copilot|AI_PRODUCT]]. I use for writing the 8D reports for customer complaints, and sometimes Python scripts to pull data out from the machine logs. My [[technician|JOB_TITLE]] [[Suresh|PERSON]], he is better than me at the Python actually, he learn from [[YouTube|SOFTWARE]], I just ask AI, haha.

AI: Is there anything you're careful about?

User: Of course lah. Our customers are big American chip companies, the NDA very strict. Cannot put any customer name, any part number, any drawing into public AI. IT already block [[ChatGPT|AI_PRODUCT]] on the company network last year, can only use the internal [[Copilot|AI_PRODUCT]] one. So the personal [[ChatGPT|AI_PRODUCT]] I only use at home, for general things. Last time one junior engineer upload a customer spec to some PDF summarizer website, alamak, whole department got called for briefing. My [[boss|GENERIC_ROLE]], [[Ah Keong|PERSON]], he was so stressed that week, cannot sleep.

AI: How do you think AI will change things in [[Penang|CITY]]'s industry?

User: [[Penang|CITY]] now is very hot, everybody is coming, [[Intel|ORGANIZATION]] expanding, many new companies from [[China|COUNTRY]], from [[US|COUNTRY]]. [[Anwar Ibrahim|PUBLIC_FIGURE]] keep talking about the semiconductor strategy, so government is pushing. I think AI will take the boring part of engineer work, the reports, the data pulling. But somebody still must go to the line and look at the machine, listen to the sound, smell if something burning. That one AI cannot. My daughter is in Form 4 at [[St. George's Girls' School|SCHOOL]], she says she want to study AI. I told her can, but learn the basics first, the physics, the maths.

AI: Thanks, [[KW|PERSON]]. If we want to follow up or visit, how can we contact you?

User: [[WhatsApp|SOFTWARE]] is easiest. I type for you: [[０１２－４８８ ７７１９|OBF_PHONE|fullwidth_digits]], sorry ah, my phone keyboard is on Chinese mode, the numbers come out fat. If you come to the plant, at the guardhouse just tell them my badge number, [[PMS-10442|NATIONAL_ID]], they will call me down. Email also can, [[kw.lim@peraimicro.com.my|EMAIL_ADDRESS]].""")

# 18 Ethiopia, Addis Ababa - coffee quality manager
T.append("""AI: Thank you for joining. Could you introduce yourself?

User: Thank you, it is my pleasure. My name is [[Meron Tadesse|PERSON]]. [[Tadesse|PERSON]] is my father's name, in [[Ethiopia|COUNTRY]] we don't have family names like you, so people call me [[Meron|PERSON]]. I am [[thirty|AGE]] years old. I work as [[quality manager|JOB_TITLE]] and [[cupper|JOB_TITLE]] at [[Yirga Highlands Coffee Export|ORGANIZATION]], our warehouse and cupping lab is in [[Addis Ababa|CITY]], near [[Bole|CITY]]. I started there in [[2010|DATE]] Ethiopian calendar, that is [[2017|DATE]] for you, haha. Before, I studied chemistry at [[Addis Ababa University|SCHOOL]].

AI: What does your work involve?

User: I taste coffee, every day, many cups, haha. When the coffee comes from the washing stations in [[Sidama|CITY]], [[Guji|CITY]], [[Yirgacheffe|CITY]], we grade it, we score it, we decide which lot goes to which buyer. Then I prepare the samples to send to the buyers in [[Japan|COUNTRY]], [[Korea|COUNTRY]], some in [[Germany|COUNTRY]]. Also the paperwork with [[ECX|ORGANIZATION]] and the export permits, it is a lot of paper, betam. In the harvest season, from [[November|GENERIC_TIME]] to [[February|GENERIC_TIME]], sometimes I cup two hundred cups in one day, and in the evening my tongue is so tired I cannot even taste my dinner.

AI: Where do AI tools fit in?

User: Mostly in communication with the buyers. The Japanese buyers write very polite emails, and I want to reply in the same way, so I ask [[ChatGPT|AI_PRODUCT]] to make my reply more polite, more formal. Also for the cupping notes, sometimes I know the taste but I don't find the English word. I say "it tastes like the tej my grandmother makes", and the AI says "honey, floral, fermented fruit". Haha. It's useful. But our [[general manager|GENERIC_ROLE]], Ato [[Girma|PERSON]], he doesn't trust it, he says the buyer is paying for our tongue, not for a computer's words.

AI: What about internet access and reliability?

User: Ah, this is a real problem for us. Sometimes the internet is shut down, during the problems in [[Amhara|CITY]] it was many weeks. And even when it is working, it is slow, and the power also goes. So I cannot depend on AI. We use [[Telegram|SOFTWARE]] a lot, everybody in [[Ethiopia|COUNTRY]] uses [[Telegram|SOFTWARE]], the farmers, the brokers, everybody. I have a small channel for sharing coffee prices with my friends in the industry, [[@meron_cupping|SOCIAL_HANDLE]]. Sometimes I use the AI to summarise the international market news for that channel, the futures price and so on.

AI: Do you see AI changing coffee quality work?

User: There are some machines now, optical sorters, and some companies are testing AI that can predict the cup score from the green bean picture. Maybe it will help for the first screening. But the cupping, no. Coffee is our culture, the buna ceremony at home, three rounds, abol, tona, baraka. You see, I can explain it to you, but a machine will not feel it. Even our Prime Minister [[Abiy Ahmed|PUBLIC_FIGURE]] talks about AI and they opened an AI institute, but for coffee, the tongue is still the king.

AI: Thank you, [[Meron|PERSON]]. How can we reach you?

User: You can call me on [[+251 911 48 2760|PHONE_NUMBER]], or send message on [[Telegram|SOFTWARE]], same number. Email is [[meron.t@yirgahighlands.com|EMAIL_ADDRESS]]. Ameseginalehu, thank you.""")

# 19 Samoa, Apia - accounts officer at hardware store
T.append("""AI: Talofa, and thank you for speaking with me. Could you tell me about yourself?

User: Talofa lava. My name is [[Malia Faleolo|PERSON]], I am [[38|AGE]], and I'm the [[accounts officer|JOB_TITLE]] at [[Leota Hardware & Building Supplies|ORGANIZATION]], here in [[Vaitele|CITY]], just outside [[Apia|CITY]]. It's a family business, owned by my uncle's side, the [[Leota|PERSON]] family. I've been there since [[2012|DATE]]. Before that I studied accounting at the [[National University of Samoa|SCHOOL]]. I am married, three kids, and we live in my husband's village in [[Falelatai|CITY]], so the drive is long every day.

AI: What does your job involve?

User: Everything with money. Invoices, paying the suppliers in [[New Zealand|COUNTRY]] and [[China|COUNTRY]], the wages, the VAGST returns to the [[Ministry of Customs and Revenue|ORGANIZATION]]. We use [[MYOB|SOFTWARE]] for the accounts, and a lot of [[Excel|SOFTWARE]]. And also I chase the contractors who buy on credit, that is the hardest part, because in [[Samoa|COUNTRY]] everybody is related. You cannot be too strict with the man who is your cousin's husband, eh? Haha. And on [[Saturdays|GENERIC_TIME]] the store is open half day and the contractors come very early, so I also help at the counter sometimes.

AI: How did you start using AI?

User: My son, [[Ioane|PERSON]], he is [[sixteen|AGE]], he showed me [[ChatGPT|AI_PRODUCT]] when he was doing his homework. First I was scolding him, then I tried it myself for writing letters to the customers who owe money. It's very good, very polite but firm. In Samoan culture you cannot just say "pay now", you have to be respectful, especially if the person is a matai, a chief. So I write in my own words and ask it to make it nice. Sometimes I ask it to write in Samoan also, but the Samoan is not so good, it sounds like a Bible from one hundred years ago, haha.

AI: Are there things you worry about?

User: Yes, the information of the customers. Some of them have big debts with us, and I don't want that to go anywhere. So I never put the names, I say "Customer A owes five thousand tala". Also my [[boss|GENERIC_ROLE]], the old man, [[Tavita Leota|PERSON]], he doesn't like computers at all. He still wants the printed report on his desk every [[Friday|GENERIC_TIME]]. When I told him about AI he said, [[Malia|PERSON]], can the AI carry cement? Haha. So I don't tell him much.

AI: How do you see AI affecting businesses in [[Samoa|COUNTRY]]?

User: I think it will help the small businesses with the paperwork, because we don't have many accountants here, many of them go to [[Auckland|CITY]] or [[Brisbane|CITY]] for better pay. My own brother is in [[Auckland|CITY]] doing accounts for a big company. But the internet is expensive here, and not everybody has a laptop. Our Prime Minister, [[Fiamē Naomi Mata'afa|PUBLIC_FIGURE]], she talks about digital transformation, but in the villages it is still the old ways. Maybe my children's generation will be different.

AI: Thank you, [[Malia|PERSON]]. Can you share a way for us to contact you?

User: I'll type my email in the chat, it's [[malia\u200b.faleolo\u200b@gmail\u200b.com|OBF_EMAIL|zero_width_chars]]. Or you can message me on [[Facebook|SOFTWARE]], [[Malia Faleolo|PERSON]], the one with the picture of the frangipani. Faafetai tele lava.""")

# 20 Rwanda, Kigali - backend developer
T.append("""AI: Muraho, thanks for joining. Tell me a bit about yourself and what you do.

User: Muraho, thank you. I'm [[Jean-Paul Habimana|PERSON]], but everyone says [[JP|PERSON]]. I'm [[29|AGE]]. I'm a [[backend developer|JOB_TITLE]] at [[Ishyura Pay|ORGANIZATION]], it's a fintech startup in [[Kigali|CITY]], we do payment APIs for small merchants, connecting to mobile money, [[MTN MoMo|SOFTWARE]] and [[Airtel Money|SOFTWARE]]. Joined in [[2021|DATE]] after my master's at [[Carnegie Mellon University Africa|SCHOOL]]. I grew up in [[Huye|CITY]], in the south, my parents are teachers there.

AI: How do you use AI in your development work?

User: Every day. I use [[Cursor|SOFTWARE]] as my editor, it has AI built in, and I switch between [[Claude|AI_PRODUCT]] and [[GPT-4o|AI_PRODUCT]] depending on the task. For boilerplate, tests, writing documentation, it's amazing, I'd say I'm maybe forty percent faster. Last month I used it to migrate one of our old services, something that would have taken two sprints took like four days. For the core payment logic, reconciliation, idempotency, all that, I'm more careful. Money is money, a bug there means a merchant in [[Musanze|CITY]] doesn't get paid, and they will call our support line angry, and they'd be right.

AI: Does your company have rules about using these tools?

User: Yes, our [[CTO|GENERIC_ROLE]], [[Eric|PERSON]], wrote a policy last year. No production data, no API keys, no customer phone numbers in prompts. We're regulated by the [[National Bank of Rwanda|ORGANIZATION]], the [[BNR|ORGANIZATION]], so compliance is serious. One time our [[QA engineer|JOB_TITLE]], [[Aline|PERSON]], she found a test fixture in our repo with real MSISDNs, real phone numbers, that someone had pasted from a log into [[ChatGPT|AI_PRODUCT]] to debug. [[Eric|PERSON]] was not happy. We rotated everything and did a small training. Nobody was fired, but everybody learned.

AI: How do you think AI will affect the tech scene in [[Kigali|CITY]]?

User: [[Kigali|CITY]] is small, everybody knows everybody in tech, haha. I think AI is good for us because we're a small team competing with big companies from [[Nigeria|COUNTRY]] and [[Kenya|COUNTRY]], and AI makes small teams powerful. The government is also pushing, [[Paul Kagame|PUBLIC_FIGURE]] talks about AI often, and there's the [[Centre for the Fourth Industrial Revolution|ORGANIZATION]] here. The problem is Kinyarwanda. Most of these models are weak in Kinyarwanda, so for merchants in the villages, a chatbot in English or French doesn't help. Some friends at [[Digital Umuganda|ORGANIZATION]] are working on Kinyarwanda voice data, that's the important work.

AI: Do you ever worry about your own job?

User: Sometimes, late at night, haha. When I see the AI write a whole service in ten minutes. But then I look closely and it has forgotten the timeout, or the retry is wrong, and I think, okay, they still need me. My younger sister is in her last year at [[University of Rwanda|SCHOOL]], computer science, and I tell her, don't just learn to code, learn the domain, learn how money moves. That's what the AI doesn't know yet.

AI: Thanks, [[JP|PERSON]]. How can we reach you later?

User: Email is [[jp@habimana.dev|EMAIL_ADDRESS]], and that's my personal site also, [[habimana.dev|URL]]. On [[GitHub|SOFTWARE]] I'm [[@jphabimana|SOCIAL_HANDLE]]. Or phone, [[plus two-five-oh, seven-eight-eight, three-one-four, nine-oh-six|OBF_PHONE|spoken_digits_country_code]]. Murakoze cyane.""")

# 21 Sierra Leone, Freetown - radio presenter
T.append("""AI: Hello, and thank you for joining us. Could you introduce yourself?

User: Kushe, thank you for having me. My name is [[Alimamy Conteh|PERSON]], I am a [[radio presenter|JOB_TITLE]] at [[Salone Voice FM|ORGANIZATION]] here in [[Freetown|CITY]]. I do the morning show, six to ten, current affairs, phone-in, a little bit of everything. I am [[forty-two|AGE]] years now. I have been in radio since [[2006|DATE]], I started as a volunteer at a community station in [[Makeni|CITY]], then I came to [[Freetown|CITY]] after I finished mass communication at [[Fourah Bay College|SCHOOL]].

AI: What does preparing a morning show involve?

User: I wake up at four, bo. First thing I check the newspapers, the online news, and the [[WhatsApp|SOFTWARE]] groups, because in [[Sierra Leone|COUNTRY]] the news is on [[WhatsApp|SOFTWARE]] before it is anywhere else. My producer, [[Isatu|PERSON]], she comes at five and we decide the topics together. Then we call guests, ministers, doctors, market women, whoever. The phone-in is the heart of the show, people call in Krio, in Temne, in Mende, and they talk their mind.

AI: Where do AI tools come into that?

User: For the preparation, mostly. I use [[ChatGPT|AI_PRODUCT]] to summarise long documents, like when the government releases the budget, two hundred pages, I cannot read all before six o'clock. I ask it, what are the main points for ordinary people, for the market women, for the okada riders. Then I check the important numbers myself in the document. Also [[Isatu|PERSON]] uses [[Otter|AI_PRODUCT]] to transcribe the interviews, so we can put quotes on the [[Facebook|SOFTWARE]] page. But it does not understand Krio at all, wetin it writes, hmm, sometimes it is very funny.

AI: Have you had concerns about misinformation?

User: Plenty. During the last elections there were fake audios going around, voice notes, somebody making it sound like a politician said this or that. Some of them were made with AI, I am sure. Listeners were calling the show, "[[Alimamy|PERSON]], you heard what he said?" and I have to say, wait, we have not confirmed it. We started a small segment, "Check am before you share am", where we explain how to verify. Even the President, [[Julius Maada Bio|PUBLIC_FIGURE]], his voice was used in some fake clips. It is dangerous for a small country like ours.

AI: How does your station manage the use of AI?

User: We don't have a written policy yet. Our [[station manager|GENERIC_ROLE]], Pa [[Sorie|PERSON]], is an old-school radio man, he says the microphone is sacred, whatever goes on air, a human must check it. That is our rule. For the news bulletins, nothing from AI goes on air without the news editor checking. I agree with him. In radio, trust is everything. If people hear a lie on [[Salone Voice|ORGANIZATION]], they will go to the next station, simple.

AI: Thank you, [[Alimamy|PERSON]]. How can we reach you after this?

User: The station is at [[14 Siaka Stevens Street|ADDRESS]], you are welcome any time after ten. On X I am [[@AlimamyOnAir|SOCIAL_HANDLE]]. And email, let me spell it, [[a-l-i-m-a-m-y dot c-o-n-t-e-h at yahoo dot co dot uk|OBF_EMAIL|letter_spelled]]. Tenki, tenki.""")

# 22 Thailand, Chiang Mai - hotel front office manager
T.append("""AI: Sawasdee, and thank you for joining. Could you tell me about yourself?

User: Sawasdee ka. My name is [[Pimchanok Srisuk|PERSON]], but please call me [[Ploy|PERSON]], it's my nickname, everybody in [[Thailand|COUNTRY]] has nickname, haha. I'm [[34|AGE]]. I'm the [[front office manager|JOB_TITLE]] at [[Baan Suan Riverside Hotel|ORGANIZATION]] in [[Chiang Mai|CITY]], we have eighty rooms, near the [[Nimman|CITY]] area. I started here in [[2013|DATE]] as a receptionist, after I graduated from [[Chiang Mai University|SCHOOL]]. My hometown is [[Lampang|CITY]], not so far, one and a half hour by car.

AI: What does your day look like, and where does AI come in?

User: My day is check-in, check-out, complaints, and reviews, haha. The reviews are very important, on [[Agoda|SOFTWARE]], [[Booking.com|SOFTWARE]], [[TripAdvisor|SOFTWARE]]. Before, I had to reply every review myself, maybe thirty in one day in high season. Now I use [[ChatGPT|AI_PRODUCT]] to make the first draft, then I edit to make it more personal. For Chinese guests, I ask it to write in Chinese, and our staff [[Bank|PERSON]] checks it, he is our [[concierge|JOB_TITLE]], he studied in [[Kunming|CITY]] so his Chinese is very good. Our system is [[Opera|SOFTWARE]], the PMS, it doesn't have AI yet, but the sales team say next year maybe.

AI: Have the AI replies ever caused trouble?

User: Yes, one time, very embarrassing na. One guest complained about the noise from the bar, and the AI reply said "we are delighted you enjoyed our vibrant atmosphere". Oh my god. It was not me, it was P'[[Nok|PERSON]], she was on night shift and very tired, she copied without reading. The guest posted a screenshot and wrote "thanks robot". My [[GM|GENERIC_ROLE]], Khun [[Somchai|PERSON]], called me at seven in the morning, haha, not happy at all. After that, rule: every AI reply, must read twice, and must use the guest's real complaint in the answer.

AI: Do you use AI for anything else in the hotel?

User: For training the new staff, yes. I ask it to make role plays, like "angry guest lost passport", and they practise. Also our night auditor, [[Golf|PERSON]], he made a small [[LINE|SOFTWARE]] bot for the housekeeping team, so they can report room status from the phone. He is very clever, he learnt it from [[YouTube|SOFTWARE]], and he used AI to help with the code. The housekeepers love it because before they had to walk down to the front desk every time. And since [[Lisa|PUBLIC_FIGURE]] from BLACKPINK went everywhere with Thai fashion, we have more young foreign guests, they ask for everything by chat, not by phone, so the AI helps us to answer fast. But the passport data, never. Every foreign guest we must report to immigration, the TM30 form, so the passport numbers stay only in our system, nobody copies them into any AI. That one I am very strict.

AI: Thank you, [[Ploy|PERSON]]. How can we reach you if we have more questions?

User: You can add me on [[LINE|SOFTWARE]], my ID is [[ploy.baansuan|SOCIAL_HANDLE]]. Or phone, [[zero-eight-one, 967, twenty forty-three|OBF_PHONE|mixed_words_digits]]. If I don't answer, I am with a guest, I will call back na. Khob khun ka.""")

# 23 India, Tamil Nadu - government veterinarian
T.append("""AI: Vanakkam, doctor, and thank you for your time. Could you introduce yourself?

User: Vanakkam. I am Dr. [[Karthikeyan Subramanian|PERSON]], people call me Dr. [[Karthik|PERSON]], simply. I am [[fifty-two|AGE]] years. I am working as [[veterinary assistant surgeon|JOB_TITLE]] in the [[Animal Husbandry Department|ORGANIZATION]], Government of [[Tamil Nadu|CITY]], posted at the veterinary dispensary in [[Pollachi|CITY]], [[Coimbatore|CITY]] district. I joined service in [[1998|DATE]], after my BVSc from [[Madras Veterinary College|SCHOOL]]. So, more than twenty-five years with cows, goats, buffaloes, dogs, everything.

AI: What does your typical day look like?

User: Morning eight o'clock itself the farmers are waiting outside with their animals. Mastitis, fever, artificial insemination, vaccination, calving problems. Some days forty, fifty cases. Then afternoon I go on field visits, sometimes a cow is down in some village and they cannot bring it. My [[livestock inspector|JOB_TITLE]], [[Murugan|PERSON]], he handles the vaccination camps and the records. We have to enter the data in [[INAPH|SOFTWARE]], the government app, for every insemination and vaccination. That takes a lot of time, honestly.

AI: Where do AI tools come in for you?

User: My son introduced it, he is doing engineering at [[Anna University|SCHOOL]]. He installed [[ChatGPT|AI_PRODUCT]] in my phone. Now, one doubt comes, I ask it. Like some new drug combination, or a rare case, one time a goat with some strange skin lesions, I described it and it gave me some differentials which I had not thought. Then I checked in my books and discussed with my batchmate who is in [[Namakkal|CITY]] at the veterinary college. Also for writing reports to the department in English, it helps. My English is okay, but government reports have a particular style, you know.

AI: How do farmers respond to technology in your clinic?

User: Farmers are very practical people. They don't care about AI, they care if the cow is giving milk. But the young farmers use [[YouTube|SOFTWARE]] a lot, and sometimes they come with wrong ideas. One farmer, [[Selvi|PERSON]] akka, she saw some video and gave her cow some home remedy for bloat, it became worse. I told her, akka, [[YouTube|SOFTWARE]] is not a doctor, come to me first. She laughed. Now she calls me on [[WhatsApp|SOFTWARE]] before doing anything, even at night, ha. That is the problem with being a government doctor in a small town, everybody has your number.

AI: Are there concerns about AI in veterinary work?

User: Some. The AI does not know our local breeds properly, Kangayam, Umblachery, our [[Tamil Nadu|CITY]] breeds. It gives answers for Holstein Friesian cows in [[America|COUNTRY]]. Dosages, feeding, everything is different. So I never take the answer directly. Also, in the department there is no guideline yet about using these tools. Our [[Joint Director|GENERIC_ROLE]] was saying in the review meeting that they may bring some AI for disease reporting. Let us see. Government things take time. Like [[Rajinikanth|PUBLIC_FIGURE]] says, haha, the time will come.

AI: Thank you, doctor. How can we contact you if we have further questions?

User: You can call me on [[+91 94433 17260|PHONE_NUMBER]]. Or email, it is [[drkarthik.vet at gmail.com|OBF_EMAIL|spelled_at_only]]. Evening after seven I am free, I have a small clinic at home also, [[No. 12, Gandhi Nagar 3rd Street|ADDRESS]], [[Pollachi|CITY]], for the pet dogs. You are welcome.""")


# 24 Tonga, Nuku'alofa - fisheries officer
T.append("""AI: Mālō e lelei, and thank you for joining. Could you tell me about yourself?

User: Mālō e lelei. My name is [[Siosaia Lātū|PERSON]], but everyone calls me [[Saia|PERSON]]. I'm [[28|AGE]]. I work as a [[fisheries officer|JOB_TITLE]] at the [[Ministry of Fisheries|ORGANIZATION]] in [[Nuku'alofa|CITY]]. Mostly I do data collection, the landings from the small boats, and sometimes I go out with the compliance team. I started in [[2019|DATE]], after my degree in marine science from [[USP|SCHOOL]] in [[Suva|CITY]]. Before that I was at [[Tonga College|SCHOOL]], same as my father and my grandfather.

AI: What does data collection look like in practice?

User: We go to the fish market near the wharf early in the morning, when the boats come in, and we record the species, the weight, where they caught it. Before, everything was on paper forms, then somebody types it into [[Excel|SOFTWARE]] at the office, very slow, many mistakes. Now we use [[TAILS|SOFTWARE]], it's an app from [[SPC|ORGANIZATION]], the [[Pacific Community|ORGANIZATION]], on a tablet. The fishermen know me well, they call me "[[Saia Ika|PERSON]]", [[Saia|PERSON]] the fish, haha. Some of the old fishermen don't like us taking pictures of the catch, they think it's for tax.

AI: Where do AI tools come in for you?

User: For the reports, mainly. Every quarter we have to write a report for the ministry and sometimes for the donors, with the trends, like the catch of deep-water snapper going down. I do the charts, then I ask [[ChatGPT|AI_PRODUCT]] to help me explain the trends in good English. My English is okay, but writing reports, it's a different style. My [[supervisor|GENERIC_ROLE]], [[Mele|PERSON]], she checks everything, she's very sharp, she catches when the AI writes something that is not in the data. One time it wrote "the decline is due to climate change", and she said, [[Saia|PERSON]], where is the evidence? We didn't study that. So I deleted it.

AI: Do you see AI helping with fisheries management more broadly?

User: Yes, I think so. There are projects in the region using AI to watch the satellite data for illegal fishing boats, the foreign longliners that come into our waters with the tracker switched off. That is a big problem for small islands like us, we cannot patrol everywhere. Also there's talk about cameras on the boats with AI to count the fish, instead of observers. But internet here is still expensive, and in the outer islands there's almost nothing. After the volcano, when the cable was cut, we had no internet for weeks, so we learnt not to depend on it too much.

AI: How do your family and community see your work with technology?

User: My grandmother thinks I'm playing games on the tablet, haha. My family is a fishing family from [[Ha'apai|CITY]], my father and my uncles still fish, so I grew up on the boat. My uncle in [[Salt Lake City|CITY]], he's been in [[America|COUNTRY]] for twenty years, he sends me videos about AI all the time, saying "[[Saia|PERSON]], this is the future". I tell him, uncle, the future still needs someone who knows where the fish are. Even [[Pita Taufatofua|PUBLIC_FIGURE]], the flag bearer, everybody in [[Tonga|COUNTRY]] knows him, he says we must keep our culture while we go forward, and I agree with that.

AI: Mālō, [[Saia|PERSON]]. How can we get in touch with you later?

User: You can email me at [[slatu.fisheries@gmail.com|EMAIL_ADDRESS]]. For phone, my grandmother taught me to say numbers in Tongan, so, [[fitu fitu, fā tolu, hiva taha nima|OBF_PHONE|tongan_number_words]]. That's [[seven seven, four three, nine one five|OBF_PHONE|spoken_digits]] in English. Haha, sorry, I had to do that. Mālō 'aupito.""")

# 25 Cambodia, Kampong Cham - microfinance credit officer
T.append("""AI: Hello, thank you for joining today. Could you please introduce yourself?

User: Hello, chom reap suor. My name is [[Chan Sokha|PERSON]]. [[Chan|PERSON]] is my family name, so in English maybe [[Sokha Chan|PERSON]], haha, it's confusing for foreigners. I am [[31|AGE]] years old. I work as a [[senior credit officer|JOB_TITLE]] at [[Angkor Rural Finance|ORGANIZATION]], it's a microfinance institution. I work at the branch in [[Kampong Cham|CITY]], but I am from [[Phnom Penh|CITY]], my parents still live in [[Toul Kork|CITY]]. I joined in [[2016|DATE]] after I finished my bachelor in finance at the [[Royal University of Law and Economics|SCHOOL]].

AI: What does a credit officer do day to day?

User: Every day I go to the villages on my motorbike, maybe fifty, sixty kilometres. I meet the clients, mostly rice farmers and small shop owners, I assess their business, their cash flow, and then I follow up the repayment. I have around two hundred and forty clients in my portfolio. In the rainy season the roads are very bad, sometimes I have to leave the motorbike and walk. In the branch we use [[Temenos|SOFTWARE]] for the loans, and in the field we have a tablet app. And for communication everything is [[Telegram|SOFTWARE]], with my [[branch manager|GENERIC_ROLE]], with the team, even with some clients.

AI: Where do you use AI tools?

User: I use [[ChatGPT|AI_PRODUCT]] mostly for English. Our head office sends policies in English, and the board has foreign investors, so the monthly reports also must be in English. Sometimes I don't understand the policy, like the new rules from the [[National Bank of Cambodia|ORGANIZATION]] about restructuring loans, so I ask [[ChatGPT|AI_PRODUCT]] to explain in Khmer. It's not perfect Khmer, but I can understand. My [[branch manager|GENERIC_ROLE]], Lok [[Vannak|PERSON]], he saw this and asked me to teach the other officers, so every [[Friday|GENERIC_TIME]] afternoon I do a small session, how to use it for reports. The Prime Minister [[Hun Manet|PUBLIC_FIGURE]] also talks a lot about digital economy, so the young staff are interested.

AI: Are there concerns about using AI in lending?

User: Yes, many. The big one is over-indebtedness. In [[Cambodia|COUNTRY]], many families have loans from two, three institutions, and they put their land title as collateral. If the company starts to use AI scoring only, only data, the machine will approve the loan but it cannot see that the family is already struggling. When I visit, I see the house, I talk to the wife, the neighbours tell me things. Like one client, Ming [[Sreymom|PERSON]], she sells noodles at the market, on paper her business is good, but I know her husband is sick, and she already borrowed from her cousin. The AI will not know this. Also the client data, their ID card, their land title number, we never put in [[ChatGPT|AI_PRODUCT]], the company is very strict about that one, they even made us sign a letter.

AI: Thank you, [[Sokha|PERSON]]. Is there a way for us to follow up with you?

User: Yes, [[Telegram|SOFTWARE]] is best, my username is [[@sokha_arf|SOCIAL_HANDLE]]. Or email, I will say it slowly: [[sokhachan88, at sign, gmail, full stop, com|OBF_EMAIL|at_sign_full_stop]]. You can also see my profile on [[Facebook|SOFTWARE]], [[facebook.com/sokha.chan.8812|URL]], but I don't post much about work there, mostly my daughter and my garden. Orkun, thank you very much.""")
write_set(T, "set_al")
