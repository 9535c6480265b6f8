import sys
from markup import write_set
T = []

# 1 India, Bengaluru, IT services QA
T.append("""AI: Thanks for making time today. To start, could you tell me a bit about yourself and what you do?

User: Sure, sure. I'm [[Deepika Rao|PERSON]], [[29|AGE]], and I work as a [[senior QA engineer|JOB_TITLE]] at [[Infosys|ORGANIZATION]], the [[Electronic City|CITY]] campus. I joined in [[July 2019|DATE]], straight from campus placement at [[RV College of Engineering|SCHOOL]], so almost six years now, same company, three different projects. We stay in [[HSR Layout|CITY]], so the commute is okay-okay, forty minutes if the flyover is behaving.

AI: And where does AI actually show up in your day-to-day?

User: Honestly, everywhere now, yaar. Our project is for an insurance client in the [[UK|COUNTRY]], I can't say the name, NDA and all. My [[lead|GENERIC_ROLE]], [[Srinivas|PERSON]] sir, he was the first one who pushed us to try [[GitHub Copilot|AI_PRODUCT]] for the [[Selenium|SOFTWARE]] scripts. Initially I was like, no no, I'll write my own code only, what is this nonsense. Then one sprint we got 340 test cases to automate in two weeks and I thought, okay, chalo, let's see. Now I use [[Copilot|AI_PRODUCT]] inside [[VS Code|SOFTWARE]] for the scripts, and [[ChatGPT|AI_PRODUCT]] for turning the user stories from [[Jira|SOFTWARE]] into test scenarios. That part it does really nicely, it thinks of negative cases which I would have missed at [[7 pm|GENERIC_TIME]] after three back-to-back calls.

AI: Does everyone on the team use it the same way?

User: Not at all. My teammate [[Arjun Mehta|PERSON]] is totally against it. He says it makes us lazy, and he's not fully wrong also. Last month he sent in our team [[WhatsApp|SOFTWARE]] group, I still have it: "Guys pls DONT paste client data in [[ChatGPT|AI_PRODUCT]], [[Priya|PERSON]] ma'am will literally kill us, [[Samsung|ORGANIZATION]] type scene will happen 🙏". Everyone put the laughing emoji, but he was serious. [[Priya|PERSON]] ma'am is our [[delivery manager|GENERIC_ROLE]], very strict on compliance. After that a mail came saying only the internal tool is allowed for anything with policy numbers. That tool is some wrapper on [[Azure OpenAI|AI_PRODUCT]], slow, and it forgets the context after ten messages. So what people do is mask the data, replace the customer name with XXX, policy number with 1111, and then use normal [[ChatGPT|AI_PRODUCT]]. Technically allowed, I think. Nobody has said no.

AI: Has the way you use these tools changed since you started, and does it come into your life outside work?

User: Definitely changed. When I moved to this project in [[March 2023|DATE]] I used it only for emails, because my English is fine but I write very long mails. My [[manager|GENERIC_ROLE]] used to say, "[[Deepika|PERSON]], one mail, one point." Now it's serious stuff, generating test data, writing SQL for backend validation, even explaining legacy code some fellow wrote fifteen years back with zero comments. At home also, ha. My husband [[Nikhil|PERSON]] uses [[Gemini|AI_PRODUCT]] for planning everything, trips, groceries, even his mother's birthday gift. My amma in [[Mysuru|CITY]] saw me talking to it on voice mode and thought I was on a call with somebody from office. Now she says "ask your computer what to do for knee pain." I told her, Amma, go to Dr. [[Shetty|PERSON]], don't ask [[ChatGPT|AI_PRODUCT]].

AI: Any worries for you, with everyone using it so much? And is there anything we haven't asked about?

User: Job-wise, yes, a little. Everyone is quoting [[Sam Altman|PUBLIC_FIGURE]] saying coders won't be needed, and our [[CEO|GENERIC_ROLE]] also keeps saying AI-first in every town hall. In testing, manual roles are already reducing. Two of my batchmates got moved to the bench in [[January|GENERIC_TIME]]. So I'm doing an AI testing certification online, every [[Saturday|GENERIC_TIME]] morning, two hours, before [[Nikhil|PERSON]] wakes up. But it's not magic. Half my time now is checking what [[Copilot|AI_PRODUCT]] wrote, because it very confidently makes up locators that don't exist. Oh, and if you need to send the consent form again, use my personal one, not the office id: [[deepu dot rao93 at the rate gmail dot com|OBF_EMAIL|at_the_rate]]. Office mails get blocked sometimes. Or [[WhatsApp|SOFTWARE]] me on [[+91 98450 61327|PHONE_NUMBER]], that's fastest.""")



# 2 Pakistan, Lahore, school teacher
T.append("""AI: Assalam o alaikum, and thank you for agreeing to talk. Could you introduce yourself and your work?

User: Walaikum assalam. Jee, I'm [[Sana Iqbal|PERSON]], I teach O-level Biology, so a [[biology teacher|JOB_TITLE]] at [[Beaconhouse School System|ORGANIZATION]], our campus is in [[Johar Town|CITY]], [[Lahore|CITY]]. I'm [[thirty-four|AGE]]. I've been teaching there since [[2017|DATE]], before that I did my MSc from [[Kinnaird College|SCHOOL]]. Classes nine and ten mostly, around a hundred and forty students in total, Allah ka shukar they are mostly nice kids.

AI: How did you first start using AI tools in your teaching?

User: Honestly, the students started first, not me. In [[early 2023|DATE]] I got three essays on photosynthesis that were, matlab, too perfect. Same structure, same "In conclusion, it is evident that." So I went home and asked my husband [[Usman|PERSON]], what is this [[ChatGPT|AI_PRODUCT]] everyone is talking about. He made me an account and I played with it the whole night. And I thought, acha, if they are using it, I should know it better than them. Now I use it to make MCQs, to make worksheets at three levels for the weak, average and strong kids, and for the lesson plan format that our [[principal|GENERIC_ROLE]] wants every [[Monday|GENERIC_TIME]]. For slides I use [[Canva|SOFTWARE]], it has that [[Magic Write|AI_PRODUCT]] thing, but mostly I just use the templates.

AI: What about the students' use of it? How do you handle that?

User: That is the real headache. The school bought [[Turnitin|SOFTWARE]], but the AI score is not reliable, it flagged one girl who writes beautifully on her own. A parent sent me a [[WhatsApp|SOFTWARE]], I'll read it to you: "Ma'am [[Hamza|PERSON]] ne essay khud likha hai, raat ko 2 bajay tak baitha tha, please AI wala remark hata dein." And he was right, the boy had written it himself, I could see the typical [[Hamza|PERSON]] spellings. So now my rule is, first draft in class, in the copy, with pen. Then at home you can use whatever. My senior colleague [[Nadia|PERSON]] Apa thinks I'm too soft, she wants a total ban. We argue about it in the staff room, but nicely, she's my mentor basically.

AI: Is there any guidance from the school, or from outside, on this?

User: There was one workshop in [[Islamabad|CITY]] last [[October|GENERIC_TIME]], a trainer came and showed us [[Gemini|AI_PRODUCT]] and [[Khanmigo|AI_PRODUCT]], and talked about how [[Sal Khan|PUBLIC_FIGURE]] thinks every child will have a tutor. Very inspiring, but [[Khanmigo|AI_PRODUCT]] is not even properly available here, and half our kids' houses have load-shedding in summer. Head office sent a two-page policy, "use responsibly", that's all, nobody knows what responsibly means. I asked our [[coordinator|GENERIC_ROLE]], Miss [[Rabia|PERSON]], and she said, "just make sure parents don't complain." Ha. So we are making our own rules. I follow some teachers on [[Instagram|SOFTWARE]] who share prompts, there is one account, [[@teachwithzainab|SOCIAL_HANDLE]], she's from [[Karachi|CITY]], her prompts for rubrics are very good.

AI: Anything at home, or worries about the future, you'd like to mention before we finish?

User: My daughter [[Zoya|PERSON]] is [[seven|AGE]] and she already talks to [[Meta AI|AI_PRODUCT]] on my phone, asks it for stories about cats. That worries me more than the students, to be honest. [[Usman|PERSON]] says relax, we also grew up watching cartoons on TV. About jobs, no, I don't think a machine will replace a teacher in [[Pakistan|COUNTRY]], who will handle forty boys after lunch break? But the marking, the paperwork, inshallah that it can take. For the voucher you mentioned, your form asked for CNIC, it's [[35202-8841937-4|NATIONAL_ID]]. And if you want to follow up, my number is [[zero three double-zero, four seven one, double-one two eight|OBF_PHONE|double_triple_words]], [[WhatsApp|SOFTWARE]] is fine, but after four please, in school time I can't pick up.""")

# 3 Philippines, Cebu, BPO
T.append("""AI: Hi, thanks for joining before your shift. Could you tell me a bit about yourself?

User: Yes, no problem! I'm [[Kristine Joy Villanueva|PERSON]], but everyone calls me [[Tin|PERSON]]. I'm [[26|AGE]], and I'm a [[tier 2 technical support agent|JOB_TITLE]] at [[Concentrix|ORGANIZATION]] in [[IT Park|CITY]], [[Lahug|CITY]], [[Cebu City|CITY]]. Graveyard shift, kasi our account is a telco in the [[US|COUNTRY]]. I've been there since [[November 2021|DATE]], right after I graduated from [[University of San Jose-Recoletos|SCHOOL]]. Before I was tier 1, I got promoted last year, thank God.

AI: How does AI fit into your work on the floor?

User: Okay so, officially, the client gave us a knowledge bot inside [[Salesforce|SOFTWARE]]. It listens to the call and suggests the troubleshooting steps while the customer is talking. Sobrang helpful when it works, like for router resets it gives you the script agad. But sometimes it suggests steps for the wrong modem model, and if you read it blindly, the caller gets more mad. Unofficially, a lot of us use [[ChatGPT|AI_PRODUCT]] on our phones during break to fix our English for the email follow-ups, and [[Grammarly|SOFTWARE]] also. Me, I'm confident naman with my English, but when the customer is super angry, I ask it how to say sorry without sounding like a robot. Ironic, diba?

AI: Is that allowed? What does your team leader think?

User: Our [[TL|GENERIC_ROLE]], Ate [[Cherry|PERSON]], she's cool but she follows the rules. Phones are not allowed on the production floor, clean desk policy, so people use it in the pantry. Last [[March|GENERIC_TIME]] there was an incident, one agent pasted a customer's account details into [[ChatGPT|AI_PRODUCT]] to write an escalation. The QA team caught it. Ate [[Cherry|PERSON]] posted in our [[Messenger|SOFTWARE]] GC: "Team, reminder lang po: NO customer info sa [[ChatGPT|AI_PRODUCT]] or any AI. Kahit last 4 digits. Hindi na ako magpapaalala ulit ha 🙂". Someone replied "noted [[cherry|PERSON|lowercase_name]] 🫡" and she didn't even laugh. That smiley is scary, believe me. The agent got a final written warning. After that, grabe, everyone became paranoid, even me, I double check before I paste anything.

AI: Has AI changed the workload or the job itself?

User: Yes. The metrics are tighter now. Because of the bot, they expect lower handle time, so from eight minutes the target is now six thirty. Our [[operations manager|GENERIC_ROLE]], Sir [[Dennis|PERSON]], said in the huddle that in the future tier 1 will be mostly chatbot, and humans will do tier 2 and 3. So I'm lucky. My best friend Kuya [[Mark Anthony|PERSON]], Filipinos love double names haha, he's still tier 1 and he's worried. He's studying [[Python|SOFTWARE]] at night from free courses to move to a data role. Even [[Bongbong Marcos|PUBLIC_FIGURE]] mentioned AI and BPO jobs in a speech, and my Lola saw it on TV and called me right away, "Day, mawawalan ka ba ng trabaho?" I told her, La, not yet, relax.

AI: What about outside work? And is there anything you'd like to add?

User: I do content on the side, I have a small [[TikTok|SOFTWARE]], [[@tinvillanueva.cs|SOCIAL_HANDLE]], where I post tips for newbie call center agents, like how to handle irate callers. I use [[CapCut|SOFTWARE]] with the auto captions, and sometimes [[Meta AI|AI_PRODUCT]] for caption ideas. My brother [[Paolo|PERSON]] is in college at [[University of San Carlos|SCHOOL]], he uses [[Claude|AI_PRODUCT]] for his thesis, he says it's better than [[ChatGPT|AI_PRODUCT]], we always fight about that. If you want to interview more agents, you can text me, [[oh-nine-one-seven, five-five-two, eight-oh-three-one|OBF_PHONE|digit_words]], and I'll share to our batch. For the gift card, my employee ID is [[1048823|NATIONAL_ID]]. Just don't text during my shift ha, [[10 pm to 7 am|GENERIC_TIME]], I really can't reply.""")

# 4 Nigeria, Lagos, banker
T.append("""AI: Good afternoon, and thanks for joining. Please tell me about yourself and your job.

User: Good afternoon o. My name is [[Chidinma Okafor|PERSON]], I'm [[38|AGE]], and I'm a [[relationship manager|JOB_TITLE]] at [[Zenith Bank|ORGANIZATION]], commercial banking. Our branch is at [[Plot 87, Adeola Odeku Street|ADDRESS]], [[Victoria Island|CITY]]. I've been with the bank since [[2014|DATE]]. Before that I did accountancy at [[University of Nigeria, Nsukka|SCHOOL]], then my professional exams. I live in [[Lekki|CITY]] with my husband and two boys, so you can imagine the traffic every morning. I leave the house by five-thirty.

AI: How does AI come into your work?

User: For me, mostly writing. I manage about sixty corporate accounts, SMEs mostly, some big ones. Every month we do credit memos, call reports, proposals. Before, I'd spend my whole [[Sunday|GENERIC_TIME]] night writing. Now I draft with [[ChatGPT|AI_PRODUCT]], the paid one, I pay the twenty dollars myself, abeg, the bank won't pay. Then I clean it up. We also now have [[Microsoft Copilot|AI_PRODUCT]] in [[Outlook|SOFTWARE]] since the bank moved to [[Microsoft 365|SOFTWARE]]. It summarises long email threads, that one is a lifesaver when you come back from leave and there are four hundred mails. But the core banking, [[Finacle|SOFTWARE]], no AI there at all, that one is still stone age.

AI: Are there rules at the bank about what you can put into these tools?

User: Yes o, strict. Customer data is sacred. Our [[compliance officer|GENERIC_ROLE]] sent a memo that if they catch you putting customer info on external AI, it's a query letter, maybe even sack. My colleague [[Blessing|PERSON]], she sits next to me, she is very careful, she changes every name to "Customer A" before she pastes anything. Me too. But the clients themselves don't help. Last week one of my clients, Alhaji [[Musa Danladi|PERSON]], sent me on [[WhatsApp|SOFTWARE]]: "My dear, pls help me use that your AI to write the letter to [[CBN|ORGANIZATION]] for the forex matter, put my BVN [[22184630957|NATIONAL_ID]] there, you have everything." I had to call him and explain, sir, I cannot do that. He was not happy, but he understood eventually.

AI: How do your managers and colleagues feel about it?

User: My [[branch manager|GENERIC_ROLE]], Oga [[Babatunde|PERSON]], he's old school, he still prints emails. But even him, now he'll call me, "[[Chidinma|PERSON]], use your [[ChatGPT|AI_PRODUCT]] to summarise this circular for me, it's too long." Ha! The young ones, the youth corpers that come to the branch, they use it for everything, even their [[WhatsApp|SOFTWARE]] messages to their girlfriends. At our retreat they showed a video of [[Tony Elumelu|PUBLIC_FIGURE]] talking about AI and African banking, and everybody was excited for one week. Then nothing happened. [[Blessing|PERSON]] said, "Na only [[PowerPoint|SOFTWARE]] AI we go see for this bank." She's funny like that.

AI: Last thing: anything else you want to add, and how can we reach you for a follow-up?

User: Just that, for us in [[Nigeria|COUNTRY]], AI is only as good as your light and your data bundle. When the network is bad in the branch, I go back to typing by hand. And I worry for my boys. [[Chukwuemeka|PERSON]] is [[fourteen|AGE]] and he uses it for homework, I have to check everything. For follow-up, send to my personal email, not the bank one: [[chidinma[dot]okafor[at]yahoo[dot]com|OBF_EMAIL|bracket_at_dot]]. Or call [[0803 412 7759|PHONE_NUMBER]] in the evening, after eight, when the boys are asleep.""")

# 5 Kenya, Nairobi, delivery rider
T.append("""AI: Thanks for talking with us. Could you start by telling me who you are and what you do?

User: Poa sana. Mimi ni [[Brian Otieno|PERSON]], but the guys at the stage call me [[Otish|PERSON]]. I'm [[24|AGE]]. I'm a [[delivery rider|JOB_TITLE]] for [[Glovo|ORGANIZATION]], and sometimes [[Bolt Food|ORGANIZATION]], on my motorbike. I stay in [[Kawangware|CITY]] but I mostly work around [[Kilimani|CITY]] and [[Westlands|CITY]], that's where the orders are, the restaurants and the offices. I started riding in [[2022|DATE]], after I finished form four and couldn't get fees for college. My mum is back home in [[Kisumu|CITY]], I send her something every month.

AI: Thanks, [[Otish|PERSON]]. Where does AI come in for you?

User: Maze, at first I didn't think I use AI. Then I realised, [[Google Maps|SOFTWARE]] is AI, no? The way it chooses the route. And the [[Glovo|ORGANIZATION]] app itself decides who gets which order, that's an algorithm, si unajua. Sometimes it sends me to [[Lavington|CITY]] when I'm standing right outside the restaurant, and the guy who is far gets the order next to me. Kwani how does it think? Nobody knows. But directly, I use [[ChatGPT|AI_PRODUCT]] on my phone, and [[Meta AI|AI_PRODUCT]] in [[WhatsApp|SOFTWARE]]. [[Meta AI|AI_PRODUCT]] is easier because it's right there, no extra bundles.

AI: What do you use them for, day to day?

User: Many things. When a [[customer|GENERIC_ROLE]] gives a bad rating, I use [[ChatGPT|AI_PRODUCT]] to write the appeal to support in good English, because if you write in Sheng they ignore you. Also some people send location like "next to the blue gate opposite the kiosk", so I paste it and ask which court it could be. Sometimes it works, sometimes it just invents. My friend [[Kevo|PERSON]], he's also a rider, showed me you can ask it to calculate if a trip is worth it after fuel. Fuel is almost two hundred bob a litre now. Last [[December|GENERIC_TIME]] we were doing it every night, comparing, and we found the long trips to [[Karen|CITY]] are not worth it. [[Kevo|PERSON]] sent me on [[WhatsApp|SOFTWARE]]: "Manze usikubali order za [[Karen|CITY]] after 8, hazilipi, AI imesema 😂". Now that's our rule.

AI: Are there any worries, about the app or about AI?

User: The deactivation, that one is the biggest fear. One guy at our stage, [[Wafula|PERSON]], they deactivated him, the system said fraud, no human to talk to. He went to their office in [[Westlands|CITY]] three times, they told him it's automatic, they cannot see why. Two months no income, he had to go back to [[Bungoma|CITY]]. So for me AI is like the boss you never see. People say drones will deliver food, those [[Elon Musk|PUBLIC_FIGURE]] things, but in [[Nairobi|CITY]] traffic? Hapana. And [[William Ruto|PUBLIC_FIGURE]] keeps talking about digital jobs, but riders are not in that speech.

AI: Anything else, and how can we reach you for the follow-up payment?

User: My small sister [[Akinyi|PERSON]] is in form three, she wants to do computer science, so I showed her how to use [[ChatGPT|AI_PRODUCT]] for revision, not for copying. She's clever, she'll go far. For the payment, send on [[M-Pesa|SOFTWARE]], my number is [[sifuri saba moja nane, tatu tano mbili, sita sifuri nne|OBF_PHONE|swahili_number_words]]. I say it like that because the guys at the stage are listening, haha. And the ID namba you asked for the form is [[31457782|NATIONAL_ID]]. Thank you, it was nice talking, nobody asks riders these things.""")

# 6 Egypt, Cairo, accountant
T.append("""AI: Thank you for joining. Could you start by introducing yourself and your work?

User: Sure, ahlan. I'm [[Mona Abdel-Fattah|PERSON]], [[41|AGE]] years old, [[senior accountant|JOB_TITLE]] at [[Nile Crest Foods|ORGANIZATION]], we make juices and dairy. The head office is in [[Nasr City|CITY]], [[Cairo|CITY]], and the factory is in [[10th of Ramadan City|CITY]]. I studied commerce at [[Ain Shams University|SCHOOL]] and I've been with the company since [[2009|DATE]], so, yaani, I've seen three ERP systems and four [[finance managers|GENERIC_ROLE]]. Originally I'm from [[Mansoura|CITY]], my family is still there.

AI: How does AI come into your day-to-day work?

User: Mostly for [[Excel|SOFTWARE]], honestly. [[Excel|SOFTWARE]] is my life. Before, if I wanted a complicated formula, an XLOOKUP with three conditions, I'd call my colleague [[Hend|PERSON]], she's the formula queen. Now I ask [[ChatGPT|AI_PRODUCT]] first, and only if it fails I disturb her. Since [[June 2024|DATE]] we also have [[Copilot|AI_PRODUCT]] inside [[Excel|SOFTWARE]], the company bought licences for finance only, but khalas, to be honest I don't trust it with our numbers. It once summed a column that had the subtotals inside it, double counting everything, and said the answer very confidently. If I didn't check, the month-end report would have gone to the [[CFO|GENERIC_ROLE]] with an extra eleven million pounds of revenue. Imagine.

AI: What happened with that report?

User: Nothing, thank God, I caught it. But that week was crazy. I have the [[WhatsApp|SOFTWARE]] still, from my [[manager|GENERIC_ROLE]], Ustaz [[Sherif|PERSON]]: "[[Mona|PERSON]], el report lazem yekhlas enaharda, el [[CFO|GENERIC_ROLE]] mestanni w el auditors gayeen bokra." That's Franco, Arabic in English letters, you know. So I was working until eleven at night, and then the [[Copilot|AI_PRODUCT]] mistake. Now I use it only for drafting the commentary, the text part, like explaining why cost of goods went up. I give it the numbers I already checked, and it writes nice English. My English is good, but the polished business style, it saves me time. The ERP is [[Odoo|SOFTWARE]], we moved from [[SAP|SOFTWARE]] two years ago, and there's no AI in our version.

AI: Are there concerns in your team about data, or about jobs?

User: Data, yes. We have a rule, no supplier names, no salaries in [[ChatGPT|AI_PRODUCT]]. The [[IT guy|GENERIC_ROLE]], [[Karim|PERSON]], he blocked the website on the office network for one month, then everyone complained and he opened it again, haha. Jobs, also yes. The young accountants, the fresh graduates, they do in one hour what took me one day when I started. And the e-invoicing with the [[Egyptian Tax Authority|ORGANIZATION]] is all automatic now, so the data entry people, Am [[Saeed|PERSON]] for example, he's been here thirty years, he's worried. I tell him, ya Am [[Saeed|PERSON]], they still need someone who knows where every paper is. He laughs, but he's worried.

AI: Is there anything outside work, or anything else you'd like to add?

User: My son [[Youssef|PERSON]] is in secondary, thanaweya amma, the big exam year. He uses [[Gemini|AI_PRODUCT]] to explain physics, and I'm happy, because private lessons here are so expensive. My husband says AI is like [[Mohamed Salah|PUBLIC_FIGURE]], everyone talks about it but only a few actually play with it properly, haha, he relates everything to football. If you need me again, you can call or [[WhatsApp|SOFTWARE]] on [[٠١٠٠ ٢٣٧ ٨٨٥٤|OBF_PHONE|arabic_indic_digits]], I typed it in Arabic on the form, sorry, it's the phone keyboard. And the national ID for the payment form is [[28403120123456|NATIONAL_ID]]. Please call after [[Thursday|GENERIC_TIME]], month-end is coming.""")

# 7 UAE, Dubai, van driver from Kerala
T.append("""AI: Thanks for joining on your day off. Could you tell me a little about yourself and your job?

User: Yes, no problem. My name is [[Shibu Varghese|PERSON]], [[43|AGE]] years. I'm a [[delivery van driver|JOB_TITLE]] for [[Aramex|ORGANIZATION]] here in [[Dubai|CITY]], working from the [[Al Quoz|CITY]] hub. I came to [[UAE|COUNTRY]] in [[2011|DATE]], first as [[light vehicle driver|JOB_TITLE]] for a cleaning company, then [[Aramex|ORGANIZATION]] from [[2016|DATE]]. I'm staying in [[Karama|CITY]], sharing a flat with five others, all Malayalis. My family is in [[Kottayam|CITY]], [[Kerala|CITY]] side. Wife [[Bincy|PERSON]] is a [[teacher|JOB_TITLE]] there, and my son is doing engineering.

AI: Where does AI show up in your work?

User: Everywhere now, but we don't see it, alle? The route in the handheld, the system decides it, which building first, which last. Before, I was deciding myself, I know [[Dubai|CITY]] like my own house. Now the app decides and the [[supervisor|GENERIC_ROLE]] can see if I'm going a different way. Sometimes the system route is nonsense, it sends me to [[Jumeirah|CITY]] and back to [[Al Barsha|CITY]] and again [[Jumeirah|CITY]], because it doesn't know the villa gates close at a particular time. Myself, I use [[ChatGPT|AI_PRODUCT]] on phone for Arabic. Many customers, especially the old locals, they speak only Arabic on the phone. I ask [[ChatGPT|AI_PRODUCT]] how to say, "I'm outside your villa, please open the gate," and it gives me in Arabic with English letters. Also [[Google Translate|SOFTWARE]] voice, that's very useful, I keep it open while calling.

AI: How does your [[supervisor|GENERIC_ROLE]] use the system, and how do you feel about being tracked?

User: Our [[supervisor|GENERIC_ROLE]] is [[Imran|PERSON]] bhai, Pakistani, nice man actually, but he also has pressure from above. Every morning in the drivers' [[WhatsApp|SOFTWARE]] group he sends the target. Last week he sent: "[[Shibu|PERSON]] bhai 42 shipments today, no excuse, traffic is not a reason 😤 system is showing everything." Ayyo, 42 shipments in [[Deira|CITY]] with no parking! My friend [[Rajesh|PERSON]] chettan, he's driving for eighteen years, the system gave him a warning for harsh braking when a cat jumped in front. The AI doesn't know about cats. Sheri, what to do, we just do the work.

AI: Does AI come into your life outside work, with your family for example?

User: Yes. My son [[Alan|PERSON]], he is in third year at [[Amal Jyothi College of Engineering|SCHOOL]], he is the one who told me to use [[ChatGPT|AI_PRODUCT]]. Every [[Friday|GENERIC_TIME]] we do video call, and he tells me new things. He says one day there will be no drivers, the van will drive itself, like [[Elon Musk|PUBLIC_FIGURE]] cars. I told him, mone, first let them try in [[Deira|CITY]] in the afternoon, then we'll talk. [[Bincy|PERSON]] uses it to make question papers for her school. Even my mother, eighty years, she asks [[Meta AI|AI_PRODUCT]] about Bible verses, in Malayalam. It's good in Malayalam now, surprisingly.

AI: Anything else you'd like to add, and how should we send the voucher?

User: Only that the company should ask drivers before putting these systems. We know the roads, the system doesn't. For the voucher, they said Emirates ID is needed, [[784-1982-4471205-3|NATIONAL_ID]]. And my mobile, I'll tell you the way I write it on delivery notes, because customers copy it wrong: [[O5O 7I9 3426|OBF_PHONE|letter_for_digit]], just read the O as zero and the I as one. Call after [[9 pm|GENERIC_TIME]], I'll be free. Thank you, chetta, it was good to talk.""")

# 8 Bangladesh, Dhaka, NGO programme officer
T.append("""AI: Thank you for making time for this. Could you introduce yourself?

User: Of course. I'm [[Farzana Akter|PERSON]], [[31|AGE]], and I'm a [[programme officer|JOB_TITLE]] at [[BRAC|ORGANIZATION]], in the climate and livelihoods team. I sit in the head office in [[Mohakhali|CITY]], [[Dhaka|CITY]], but half the month I'm in the field, mostly [[Kurigram|CITY]] and [[Gaibandha|CITY]], the char areas, river islands. I did my master's in development studies from [[University of Dhaka|SCHOOL]] and joined in [[January 2020|DATE]], just before Covid, ki bolbo, what timing.

AI: How do you use AI tools in your work?

User: Three main ways. First, reports. Donors want everything in perfect English, and reports are endless, quarterly, annual, case studies. I write the draft, then I ask [[ChatGPT|AI_PRODUCT]] to make it "donor-friendly", that's literally my prompt, ha. Second, data. Our field team collects surveys in [[KoboToolbox|SOFTWARE]], and I used to spend days cleaning in [[Excel|SOFTWARE]]. Now I ask it to write the formulas, and sometimes a little [[Python|SOFTWARE]] script. I don't really know [[Python|SOFTWARE]], but I run it in [[Google Colab|SOFTWARE]] and it works. Third, translation. Beneficiary stories come in Bangla, and [[Google Translate|SOFTWARE]] is terrible with the dialect of the north, so I use [[ChatGPT|AI_PRODUCT]] and then check myself.

AI: Are there any tensions or concerns around using it in an NGO setting?

User: Yes, a lot actually. The stories are about real women, their names, their loans, sometimes violence at home. So our rule is, no names, no village names, no phone numbers into any AI. My [[team lead|GENERIC_ROLE]], [[Rashed|PERSON]] bhai, is very strict. One time our [[field facilitator|JOB_TITLE]] [[Moyna|PERSON]] sent me a message on [[WhatsApp|SOFTWARE]], like "Apa, [[Rokeya|PERSON]] khala-r golpo ta [[ChatGPT|AI_PRODUCT]] diye English kore dilam, dekhen thik ache ki na", meaning she already translated an aunty's story through [[ChatGPT|AI_PRODUCT]], with the full name inside. I had to explain to her very gently, because she meant well, she was trying to help me. After that [[Rashed|PERSON]] bhai did a small training for all the field staff in [[Rangpur|CITY]] on data privacy, in Bangla, with very simple examples.

AI: Has it changed how [[BRAC|ORGANIZATION]] works, or the kind of jobs people do?

User: In the head office, yes. The communications team used [[Midjourney|AI_PRODUCT]] for some illustrations, and then there was a debate, should we show AI images of poor women? Very uncomfortable. Now the policy says real photos only, with consent. For jobs, I think for junior people, interns, the writing work is going. But field work, no, nobody can replace [[Moyna|PERSON]] sitting with women in a boat during the floods. When we did the emergency response in [[August 2024|DATE]], AI was useless, honestly, what we needed was dry rice and boats. Even [[Muhammad Yunus|PUBLIC_FIGURE]] talks about technology for the poor, but the network in the char doesn't even load [[WhatsApp|SOFTWARE]].

AI: Thank you. Anything you'd like to add, and how can we reach you later?

User: Only that I hope tools come in Bangla properly, not just English. My husband [[Tanvir|PERSON]] works in a bank and he thinks I'm too worried, but it's my job to worry, haha. You can email me at [[f.akter.dhaka@gmail.com|EMAIL_ADDRESS]], and my phone, I've written it on your form in Bangla numbers, [[০১৭১১-৪৮২৯৩৬|OBF_PHONE|bengali_digits]]. I'm in the field from [[Sunday|GENERIC_TIME]] next week, so please call before that.""")

# 9 Sri Lanka, Colombo, ICU nurse
T.append("""AI: Thank you for joining after your night shift. Could you tell me about yourself?

User: Ane, it's okay, I'm used to it. I'm [[Nirmala Perera|PERSON]], [[thirty-six|AGE]], I'm a [[nursing officer|JOB_TITLE]] in the ICU at [[Lanka Hospitals|ORGANIZATION]] in [[Narahenpita|CITY]], [[Colombo|CITY]]. Before, I was in the government sector, at [[Teaching Hospital Kandy|ORGANIZATION]], from [[2012|DATE]] until I moved here. I did my diploma at the nursing school there. So twelve years in nursing, total.

AI: How does AI come into your work in the ICU?

User: Directly in patient care, not much, aiyo, we are not there yet. The monitors have some early warning scores, but that is just calculation, I don't know if you call it AI. Where I use it is for myself. I'm preparing to go to the [[UK|COUNTRY]], like half my batch. For the OET exam, the English test for nurses, I used [[ChatGPT|AI_PRODUCT]] to practise the letter writing, the referral letters. I give it a case and ask it to check my letter like an examiner. I passed in [[May 2025|DATE]], B grade in writing, so it worked, hari. At first I felt it was like cheating, but my batchmate who is already working in [[Leicester|CITY]] told me, everybody does it, the examiners only see your paper. Also for studying drug calculations and the [[NMC|ORGANIZATION]] style questions.

AI: Do your colleagues or the doctors use it?

User: The junior doctors, yes, on their phones. One [[registrar|JOB_TITLE]], Dr. [[Fernando|PERSON]], he uses [[OpenEvidence|AI_PRODUCT]] for checking guidelines, he showed me once. But the consultants don't like it. My [[senior|GENERIC_ROLE]], [[Dilani|PERSON]] akka, she is the [[ward sister|JOB_TITLE]], she said to the whole unit in our [[WhatsApp|SOFTWARE]]: "Nangilaa, no patient details in AI apps. Bed number, name, nothing. If I see, I'll report. Mata kiyanna epa passe 🙏". That last part means, don't say later I didn't tell you. She's strict but she's right. We have Tamil patients also, and sometimes I use [[Google Translate|SOFTWARE]] for simple things with the family, my Tamil is very basic.

AI: What about worries, about your job or your plans?

User: Not about AI taking nursing jobs, no way, a machine cannot turn a patient every two hours. My worry is more that everyone is leaving [[Sri Lanka|COUNTRY]], and the ones left are doing double work. After the crisis, salaries are nothing. My husband [[Chaminda|PERSON]] drives a three-wheeler, with [[PickMe|ORGANIZATION]], and he says the app decides everything now, the fare, the route, the bonus. He calls it "the boss inside the phone". Our daughter [[Sanduni|PERSON]] is at [[Musaeus College|SCHOOL]], she is [[ten|AGE]] and she already knows more about [[ChatGPT|AI_PRODUCT]] than me. Also, I saw that video of [[Sundar Pichai|PUBLIC_FIGURE]] saying AI will help doctors. Help doctors, okay. Who helps nurses?

AI: Anything else you'd like to say, and how can we contact you?

User: Just that hospitals should train us properly, not just say don't use it. For contact, email is better than phone because of the shifts. It's [[nirmala, then p, then eight nine, at gmail dot com|OBF_EMAIL|dictated_parts]], all small letters, no gaps. For the payment they need NIC, mine is the old type, [[895123456V|NATIONAL_ID]]. I'm off on [[Wednesday|GENERIC_TIME]] afternoons, so that's the best time.""")

# 10 Malaysia, Petaling Jaya, kopitiam owner
T.append("""AI: Thanks for talking to us. Could you introduce yourself and your business?

User: Okay, sure. I'm [[Tan Wei Ling|PERSON]], [[47|AGE]] this year, and I'm a [[kopitiam owner|JOB_TITLE]], [[Kedai Kopi Sri Bintang|ORGANIZATION]], in [[SS2|CITY]], [[Petaling Jaya|CITY]]. My father opened it in the eighties, I took over in [[2016|DATE]] when he got a stroke. Before that I was in accounts at a property developer, so the numbers part I can handle lah, the kitchen part is still my mother's kingdom.

AI: How does AI come into running the shop?

User: Wah, more than you think. First, the menu. We do the menu in three languages, English, BM and Chinese, and every time I change price I must update everything. Now I just give [[ChatGPT|AI_PRODUCT]] the list and it does all three, and it writes nice description also, "aromatic kaya toast with house-made coconut jam", very atas one, customers like. Second, the delivery platforms. [[GrabFood|ORGANIZATION]] and [[foodpanda|ORGANIZATION]] both have their own AI suggestions, like "increase your discount on [[Tuesday|GENERIC_TIME]]", hmm, they want me to give more discount, they don't care about my margin, I ignore. Third, the POS, [[StoreHub|SOFTWARE]], it gives the sales report, then I ask [[ChatGPT|AI_PRODUCT]], why are my [[Monday|GENERIC_TIME]] sales dropping, what to do, and it gives some ideas, some useful, some nonsense.

AI: Do your staff use these tools too?

User: My staff mostly from [[Indonesia|COUNTRY]] and [[Myanmar|COUNTRY]], plus one local, Kak [[Ros|PERSON]], she's been with us since my father's time. She doesn't use, she says "aiyo, I got no time to talk to robot." But my son [[Jun Hao|PERSON]], he's at [[Taylor's University|SCHOOL]], he handles the [[Instagram|SOFTWARE]], [[@srikopi.ss2|SOCIAL_HANDLE]], and he uses [[Canva|SOFTWARE]] and some AI to make the videos. He made one video with an AI voice, like a news reader, talking about our nasi lemak, got eighty thousand views, can you believe? Then a lot of new customers came, queue until outside. Kak [[Ros|PERSON]] was angry, she said, "[[Boss|GENERIC_ROLE]], next time you viral, tell me first, I masak more sambal."

AI: Kak [[Ros|PERSON]] sounds like a character! Have there been any problems or worries with using AI?

User: One time [[ChatGPT|AI_PRODUCT]] gave me wrong info about the service tax, it said F&B below some amount is exempt, and I almost didn't register. Lucky my accountant, Mr. [[Lim|PERSON]], checked for me. He scolded me, "[[Wei Ling|PERSON]], [[ChatGPT|AI_PRODUCT]] is not [[LHDN|ORGANIZATION]] ah, you kena fine, don't come crying to me." Since then anything about government, I call him. Also with [[Anwar Ibrahim|PUBLIC_FIGURE]] always announcing something new in the budget, the AI doesn't know the latest one. Another worry is reviews. Some competitor, I don't know who, posted a lot of fake one-star reviews on [[Google Maps|SOFTWARE]] last [[Chinese New Year|GENERIC_TIME]], all written the same style, confirm AI one. I reported, took two months to remove.

AI: Anything else you'd like to add, and how can we reach you?

User: For small business like us, AI is like a part-time staff that never sleeps but sometimes talks nonsense lah. Must check. You can [[WhatsApp|SOFTWARE]] me at [[012-338 7145|PHONE_NUMBER]], or email, I'll say it the Malay way so the spam bots don't catch, ha: [[weiling titik tan di gmail titik com|OBF_EMAIL|malay_words]]. Di means at, titik means dot. Better come to the shop lah, we're at [[27, Jalan SS 2/64|ADDRESS]], [[47300|ADDRESS]] [[Petaling Jaya|CITY]], near the night market, I'll belanja you kopi-O. Closed on [[Wednesday|GENERIC_TIME]].""")

# 11 Singapore, civil servant
T.append("""AI: Thanks for joining during lunch. Could you tell me about yourself and your role?

User: Sure, no problem. I'm [[Jasmine Goh|PERSON]], [[33|AGE]], I'm a [[policy officer|JOB_TITLE]] at the [[Housing and Development Board|ORGANIZATION]], in the estate renewal side. Our office is in [[Toa Payoh|CITY]]. I've been in the public service since [[2016|DATE]], right after [[NUS|SCHOOL]], first at another agency for three years, then here. So, nine years a civil servant already, wah, when you say it out loud it sounds damn long.

AI: How does AI come into your work?

User: Quite a lot now, actually. The government rolled out [[Pair|AI_PRODUCT]], which is like our internal [[ChatGPT|AI_PRODUCT]], built by [[GovTech|ORGANIZATION]], so we're allowed to put in restricted stuff, not the confidential level though. I use it for first drafts of replies to feedback, residents write in about lift upgrading, noise, pigeons, everything lah. Then there's [[Copilot|AI_PRODUCT]] in [[Microsoft Teams|SOFTWARE]] that summarises meetings, which is shiok when you have back-to-back meetings and you missed the first one. Outside of that, for my own learning, I use [[ChatGPT|AI_PRODUCT]] and [[Perplexity|AI_PRODUCT]] at home, but never for work files, that one confirm cannot.

AI: How do people around you feel about it?

User: Mixed leh. My [[RO|GENERIC_ROLE]], my [[reporting officer|GENERIC_ROLE]], [[Kelvin|PERSON]], is super pro. He keeps sending us links in the team chat, like last week he wrote, "Guys, pls try [[Pair|AI_PRODUCT]] for the parliamentary question drafts, save time, but CHECK the numbers ok, don't anyhow." And then my colleague [[Siti|PERSON]] replied, "Noted [[boss|GENERIC_ROLE]], but [[Pair|AI_PRODUCT]] told me [[Bishan|CITY]] got 80 blocks, confirm wrong one 😂". So you see, it hallucinates also. The older officers are more careful. One senior colleague, Mr. [[Rajaratnam|PERSON]], not related to the famous one ah, he prints everything and reads with a highlighter. He said to me, "[[Jasmine|PERSON]], the machine doesn't go down to the void deck and talk to the aunties." Which is true lor.

AI: Does it change how you think about your career?

User: A bit, yes. There's a lot of talk about AI, [[Lawrence Wong|PUBLIC_FIGURE]] mentioned it in the National Day Rally, and everyone is doing the SkillsFuture courses. I did one on prompt engineering in [[March 2024|DATE]], quite basic honestly. I think the writing part of my job will shrink, but the engagement part, going down to [[Bedok|CITY]] or [[Jurong West|CITY]] and sitting with the residents' committee, that won't go away. My husband [[Marcus|PERSON]] works in a bank, he's more worried, his whole team does reports that AI can already do. We talk about it at dinner, then our kid throws rice on the floor and we forget about it, haha.

AI: Anything else you'd like to add, and how can we reach you?

User: Maybe just that in [[Singapore|COUNTRY]] we are quite lucky, the government gives us the tools, so we don't need to sneak around using random apps. For follow-up you can email me, I'll paste it here: [[jas​mine.goh​88@​gmail.com|OBF_EMAIL|zero_width_chars]]. Don't worry if it looks weird when you copy, my phone keyboard does that sometimes. Or text [[9123 4587|PHONE_NUMBER]]. I'm at [[Blk 412 Bedok North Ave 2, #08-115|ADDRESS]] if you need to mail the consent form, postal code [[460412|ADDRESS]]. Best to reach me before [[Friday|GENERIC_TIME]], I'm on leave next week, going [[Batam|CITY]].""")

# 12 Ghana, Accra, freelance graphic designer
T.append("""AI: Hello, thank you for joining. Could you start by telling me about yourself?

User: Hi! I'm [[Abena Mensah-Bonsu|PERSON]], [[28|AGE]], and I'm a [[freelance graphic designer|JOB_TITLE]] based in [[East Legon|CITY]], [[Accra|CITY]]. I studied at [[KNUST|SCHOOL]], communication design, finished in [[2019|DATE]], did national service at an ad agency, and I've been fully freelance since [[September 2021|DATE]]. Most of my clients come through [[Upwork|ORGANIZATION]] and [[Fiverr|ORGANIZATION]], and some local ones, churches, small businesses, wedding people.

AI: How has AI come into your design work?

User: Chale, it changed everything. At first I was scared, like, ei, [[Midjourney|AI_PRODUCT]] is going to take my job. Some of my clients on [[Fiverr|ORGANIZATION]] started saying, "why should I pay you, I can generate it." So I decided to learn it instead of fighting it. Now I use [[Midjourney|AI_PRODUCT]] for mood boards and early concepts, [[Adobe Firefly|AI_PRODUCT]] and [[Generative Fill|AI_PRODUCT]] in [[Photoshop|SOFTWARE]] to extend backgrounds, and [[ChatGPT|AI_PRODUCT]] to write the proposals and the client emails. Final logos I still draw myself in [[Illustrator|SOFTWARE]], because AI logos are rubbish for printing, and you can't trademark them anyway.

AI: Can you tell me about a specific client or project where this came up?

User: Yes, there's one. A client in [[Toronto|CITY]], [[Megan|PERSON]], she runs a skincare brand. She sent me an AI-generated logo and said, "make this usable." It was six fingers on the hand, haha, the letters melting. I had to redraw the whole thing but she didn't want to pay full price, because in her head the design was "done". I wrote to her: "Hi [[Megan|PERSON]], the concept is a great start, but the artwork needs to be rebuilt from scratch for print, that's a full logo job." She paid in the end, but it took a week of back and forth. Locally also, Pastor [[Kofi|PERSON]] from my church wanted an AI flyer with a photo of the congregation, but with everyone smiling, because the real photo some people were sleeping, ha. I said, Pastor, that one is lying, oo. We used the real photo.

AI: Are there other challenges for you, as a freelancer in [[Ghana|COUNTRY]]?

User: Many. Dumsor, first of all, when the light goes off, no [[Midjourney|AI_PRODUCT]], no nothing, I go to my auntie's place in [[Tema|CITY]] where they have a generator. Then payment, [[PayPal|SOFTWARE]] doesn't work properly for receiving here, so I use [[Payoneer|SOFTWARE]], and the fees, eish. And the competition is now global, designers in [[Pakistan|COUNTRY]], [[Kenya|COUNTRY]], everywhere using the same tools. My younger sister [[Efua|PERSON]] is at [[University of Ghana|SCHOOL]] studying computer science, she says I should learn to code, but I love drawing. My mum, [[Comfort|PERSON]], still tells her friends I "do computer", she doesn't understand, bless her.

AI: Anything else you'd like to share, and how can we reach you?

User: I think governments should talk about this more, I heard [[John Mahama|PUBLIC_FIGURE]] mention a one million coders programme, but nothing for creatives. My portfolio is [[behance.net/abenamb_designs|URL]], and I'm [[@abena.designs|SOCIAL_HANDLE]] on [[Instagram|SOFTWARE]]. For phone, I'll space it so the scammers' bots can't read it: [[0 2 4 4 7 1 8 3 9 0|OBF_PHONE|spaced_digits]]. And the national ID card number you asked for is [[GHA-718293046-2|NATIONAL_ID]]. Thank you, this was nice, nobody asks designers how we feel.""")

# 13 Uganda, Kampala, M&E officer at NGO
T.append("""AI: Thank you for your time. Please introduce yourself and your work.

User: Thank you, webale. My name is [[Ronald Kato|PERSON]], people call me [[Ronnie|PERSON]]. I'm [[35|AGE]]. I work as a [[monitoring and evaluation officer|JOB_TITLE]] with [[Lifeline Health Partners|ORGANIZATION]], an NGO doing HIV and maternal health. Our office is in [[Ntinda|CITY]], [[Kampala|CITY]], but our projects are up north, in [[Gulu|CITY]] and [[Lira|CITY]] districts. I've been with them since [[2018|DATE]]. Before that I was a data clerk at [[Mulago Hospital|ORGANIZATION]] for two years, after [[Makerere University|SCHOOL]].

AI: Thank you, [[Ronnie|PERSON]]. How does AI come into your monitoring and evaluation work?

User: Mainly data and reports. We collect data on [[ODK|SOFTWARE]] in the field, then some of it goes to [[DHIS2|SOFTWARE]], the national system. The cleaning used to take me a week. Now I use [[ChatGPT|AI_PRODUCT]] to write the [[Stata|SOFTWARE]] code and [[Excel|SOFTWARE]] formulas, and it's fast. For reports, I upload our old reports and the donor guidelines to [[NotebookLM|AI_PRODUCT]] and ask it questions, like, what indicators did we promise in year two. Very useful, because donors change the template every year, and nobody remembers what was promised.

AI: Are there concerns around data protection, given it's health data?

User: Very much. HIV data is very sensitive, people can be stigmatised. Our policy is, no client-level data goes into any AI tool, only aggregates. My colleague [[Innocent|PERSON]], he's the [[data manager|JOB_TITLE]], he's the one who wrote the policy. He's very strict. But the field officers sometimes, you know, they want to make life easy. One of them, [[Nakato|PERSON]], sent a [[WhatsApp|SOFTWARE]] to the team, asking "Can I put the client register in [[ChatGPT|AI_PRODUCT]] to find the ones who missed appointment?" [[Innocent|PERSON]] called her immediately. Kale, she was not trying to do anything bad, she just didn't know. After that we did a refresher training in [[Gulu|CITY]] in [[November 2024|DATE]], explaining the Data Protection Act in simple terms.

AI: Has the funding situation or anything else changed how you work?

User: Eh, this year has been very hard. When the [[USAID|ORGANIZATION]] money was cut, after [[Donald Trump|PUBLIC_FIGURE]] came back, we lost two projects and almost half the staff. Our [[country director|GENERIC_ROLE]] called everyone on a [[Zoom|SOFTWARE]] one [[Monday|GENERIC_TIME]] morning, very sad day. So now the few of us left are doing the work of many, and honestly AI is what keeps me from drowning. My [[boss|GENERIC_ROLE]] even sent me: "Ssebo [[Kato|PERSON]], the quarterly report, tukyalinze. Donor asked again this morning 🙏🏾." That means we're still waiting. I did it in two days with [[ChatGPT|AI_PRODUCT]] helping, something that used to take a week.

AI: Anything else you'd like to add, and how can we follow up with you?

User: I hope the AI companies remember that we in [[Uganda|COUNTRY]] also need the tools in Luganda, Acholi, Lango. In the north, English tools don't help the community health workers. My wife [[Grace|PERSON]] is a [[midwife|JOB_TITLE]] at a health centre in [[Mukono|CITY]], and she says the same. You can reach me on [[+256 772 418 903|PHONE_NUMBER]], or email [[kato underscore ronald AT outlook DOT com|OBF_EMAIL|caps_at_dot]], I write it like that because of spam. For the payment, the NIN is [[CM90034102HKLW|NATIONAL_ID]]. Webale nyo.""")

# 14 South Africa, Johannesburg, medical officer
T.append("""AI: Thank you for making the time, I know your schedule is tough. Could you introduce yourself?

User: Ja, no stress, I'm post-call so if I ramble, sorry. I'm Dr. [[Thandiwe Mokoena|PERSON]], [[32|AGE]], a [[medical officer|JOB_TITLE]] in internal medicine at [[Chris Hani Baragwanath Academic Hospital|ORGANIZATION]] in [[Soweto|CITY]]. Everyone calls it [[Bara|ORGANIZATION]]. I qualified at [[Wits|SCHOOL]] in [[2017|DATE]], did internship in [[Polokwane|CITY]], community service in a small town in [[Limpopo|CITY]], and I've been at [[Bara|ORGANIZATION]] since [[2021|DATE]]. I live in [[Melville|CITY]] with my partner and a very spoilt dog.

AI: How does AI show up in your clinical work?

User: Officially, not at all. The hospital systems are old, eish, some wards are still on paper folders. Unofficially, a lot of us use things on our phones. I use [[OpenEvidence|AI_PRODUCT]] to check guidelines quickly, and [[UpToDate|SOFTWARE]] when the Wi-Fi works. [[ChatGPT|AI_PRODUCT]] I use for admin mostly, discharge summary templates, referral letters, motivation letters for the registrar posts. I never put a patient name in, never. You just describe the case, like a 54-year-old with this and that. And honestly when you're alone on call at three in the morning with forty patients, having something to double-check a drug interaction is, yoh, it's a relief.

AI: How do your colleagues and seniors feel about that?

User: It depends on the generation. Our consultant, Prof [[van der Merwe|PERSON]], is old school, he says "if I catch you asking a chatbot in my ward round, you're presenting the next three cases." Ha. But the registrars use it. [[Pieter|PERSON]], one of the regs, he even uses it to prepare for the FCP exams. The nursing side also, Sister [[Nomsa|PERSON]] from ward 20 sent on our ward [[WhatsApp|SOFTWARE]]: "Doctors pls, the AI discharge letters are too long, patients can't read 2 pages, keep it simple né 🙏🏾". And [[Nomsa|PERSON]]'s point was right, we'd been letting it write essays. So now we tell it, write for a patient with grade seven English, in short lines, and then [[Nomsa|PERSON]] translates for the isiZulu speakers.

AI: Are there bigger worries for you, about the health system or your career?

User: The bigger worry is not AI, it's that there are no posts and no money. There are unemployed doctors in this country while the wards are drowning, can you believe it. [[Cyril Ramaphosa|PUBLIC_FIGURE]] signs NHI, everyone argues, and we're still waiting for printer toner. And load shedding, when [[Eskom|ORGANIZATION]] cuts power the generator only runs the critical areas. AI can't fix that. Career-wise, I'm thinking of going to the [[UK|COUNTRY]] or [[Australia|COUNTRY]], like half my class. My mom in [[Mthatha|CITY]] says no, stay home, so we'll see.

AI: Anything else you'd like to add, and how should we reach you for follow-up?

User: Just that doctors should be in the room when they decide these AI things for public hospitals, not just consultants from outside. For follow-up, my cell is [[082, four four one, 9073|OBF_PHONE|mixed_digits_words]], I say it that way on recordings, habit from a scam call. For the honorarium form, my ID number is [[9304150834086|NATIONAL_ID]] and the HPCSA number is [[MP 0987654|NATIONAL_ID]]. Sharp, thanks, I need to sleep now.""")

# 15 Saudi Arabia, Riyadh, Filipino staff nurse
T.append("""AI: Good evening, thank you for joining us. Could you tell me a bit about yourself?

User: Good evening po! I'm [[Maricel Bautista|PERSON]], [[39|AGE]] years old, a [[staff nurse|JOB_TITLE]] in the cardiac unit at [[King Faisal Specialist Hospital|ORGANIZATION]] here in [[Riyadh|CITY]]. I'm from [[Iloilo|CITY]], I graduated from [[West Visayas State University|SCHOOL]], worked at a private hospital in [[Manila|CITY]] for four years, then came to [[Saudi Arabia|COUNTRY]] in [[2015|DATE]]. Ten years na, time flies. My husband and two kids are in [[Dasmariñas|CITY]], [[Cavite|CITY]], we video call every night.

AI: How does AI come into your work as a nurse?

User: In the hospital, we have [[Cerner|SOFTWARE]], the electronic records, and it has some alerts, like sepsis alerts, early warning, that's AI I think? Sometimes it alarms too much, so people start ignoring, which is dangerous. For me personally, the biggest help is language. Many of the patients and families speak only Arabic, and my Arabic is, you know, "shwaya shwaya". So I use [[Google Translate|SOFTWARE]] and [[ChatGPT|AI_PRODUCT]] to prepare the discharge teaching, like how to take warfarin, in simple Arabic, and then I ask our Saudi colleague to check. Also I used [[ChatGPT|AI_PRODUCT]] to review for my Saudi license exam renewal, the SCFHS one.

AI: Who checks it for you, and how do your colleagues feel about using AI?

User: My [[charge nurse|JOB_TITLE]], [[Hessa|PERSON]], she's Saudi, very kind, she checks my Arabic, she laughs at my mistakes but nicely. Our [[head nurse|JOB_TITLE]], Ma'am [[Lorna|PERSON]], Filipina also, she's careful about policy. Last month she sent in our unit group chat: "Reminder po, do not input patient MRN or names in any AI app. Violators will be reported to HR. Salamat!" Because the hospital is strict, data privacy is very serious here. Some of the young Saudi nurses use it a lot, for their master's assignments. The Indian nurses, my roommate [[Sneha|PERSON]], she uses [[Gemini|AI_PRODUCT]] for everything, even recipes. Yalla, everybody has their favourite.

AI: How do you see AI affecting your future, or life here in the Gulf?

User: They say Vision 2030, everything digital, Crown Prince [[Mohammed bin Salman|PUBLIC_FIGURE]] is putting so much money in AI and tech. Here in [[Riyadh|CITY]] you can feel it, new buildings everywhere. For nurses, I don't think robots will replace us, but maybe fewer foreign nurses because of Saudization. That's the real worry for us OFWs. Government apps like [[Tawakkalna|SOFTWARE]] and [[Absher|SOFTWARE]], everything is on the phone now, iqama renewal, everything, no more queue, that part is nice. My kids, [[Janella|PERSON]] is [[fifteen|AGE]], she uses [[ChatGPT|AI_PRODUCT]] for school, and I tell her, anak, use your own brain first, ha. Me, I also use it to plan the budget for the house we're building back in [[Iloilo|CITY]], slowly, one room per contract.

AI: Anything else, and how can we contact you for the follow-up?

User: Thank you for including OFWs in research, we are usually invisible po. For contact, my Saudi number, I copied it from my notes app, it came out in that wide font, sorry: [[０５５ ８１２ ４４７０|OBF_PHONE|fullwidth_digits]]. For the hospital they need the iqama number, [[2456789013|NATIONAL_ID]], and my employee number [[KF-20931|NATIONAL_ID]]. Best time is after [[8 pm|GENERIC_TIME]] [[Riyadh|CITY]] time, I'm on day shift this month.""")

# 16 India, Chennai, municipal clerk
T.append("""AI: Vanakkam, and thanks for speaking with us. Could you tell me about yourself and your job?

User: Vanakkam. My name is [[Selvi Ramasamy|PERSON]], in office everybody calls me [[R. Selvi|PERSON]] madam only. I am [[44|AGE]]. I'm a [[junior assistant|JOB_TITLE]] in the [[Greater Chennai Corporation|ORGANIZATION]], working in the zonal office at [[Adyar|CITY]]. I joined in [[2005|DATE]] through the [[TNPSC|ORGANIZATION]] Group 4 exam. Before that I was doing tuition at home. I stay in [[Tambaram|CITY]], so it is two buses, one hour, daily.

AI: How does AI come into your work in the zonal office?

User: Ah, it came slowly, slowly. My work is mostly petitions, public complaints, property tax corrections, birth certificate corrections. Petitions come in Tamil, some in English, some half-half. Replies we have to send in proper format, with reference numbers. My daughter [[Harini|PERSON]], she is doing B.E. at [[Anna University|SCHOOL]], she installed [[ChatGPT|AI_PRODUCT]] in my phone during [[Pongal|GENERIC_TIME]] holidays last year and showed me, Amma, just type in Tamil, it will give English letter. I was shocked, romba nalla irukku. Now I use it for drafting the English replies. For the handwritten Tamil petitions I take photo with [[Google Lens|SOFTWARE]] and it converts to text. Before, typing one petition was twenty minutes. Now five.

AI: Is that officially allowed in the [[Corporation|ORGANIZATION]]?

User: Officially, enna solradhu, nobody has said yes or no. There was one circular about not sharing data on social media, that's all. Our [[Zonal Officer|JOB_TITLE]], [[Muthukumar|PERSON]] sir, he knows I'm using it, because my replies are coming fast. He only told, "[[Selvi|PERSON]], see that names and addresses are not going inside." So I remove the petitioner name and door number before pasting. The pressure is high, you know. Yesterday the [[section head|GENERIC_ROLE]] sent [[WhatsApp|SOFTWARE]] at [[9 pm|GENERIC_TIME]]: "[[Selvi|PERSON]] madam, pending petition reply ellam innaikku anuppidunga, [[Commissioner|GENERIC_ROLE]] office la ketkuranga." Meaning, send all pending replies today, the [[Commissioner|GENERIC_ROLE]] office is asking. So without AI, impossible.

AI: How do your colleagues feel about these tools?

User: The younger ones use it more than me, the ones who came after 2020. One boy, [[Dinesh|PERSON]], he made a small [[Excel|SOFTWARE]] sheet with [[ChatGPT|AI_PRODUCT]] to track all petitions by ward, very useful, now whole zone is using. But my senior colleague, [[Saraswathi|PERSON]] akka, she is retiring next year, she says, "Ivlo naal AI illama thaane panninom", we did everything without AI all these years, why now. And she is right also. Also there is [[Bhashini|AI_PRODUCT]] the central government is promoting for translation, we had one training in [[Ripon Building|ORGANIZATION]] for it, but honestly the Tamil output was very bookish, people will laugh. Even our [[CM|GENERIC_ROLE]] [[M. K. Stalin|PUBLIC_FIGURE]] talks about AI in government, so maybe proper tools will come.

AI: Anything else you'd like to add, and how can we contact you?

User: Only one thing, that training should come for ladies like me, middle-aged, we are not afraid of technology, we just need somebody to show patiently. For contact, email is okay. My son is very naughty, he told me write it backwards on forms so computers cannot steal it, so I'm telling you the same way: [[moc.liamffider@68ivlesr|OBF_EMAIL|reversed]]. Read from the end. For the honorarium they said Aadhaar is needed, [[4521 8890 1234|NATIONAL_ID]]. Call me only after office, after [[6 pm|GENERIC_TIME]], on [[94440 27815|PHONE_NUMBER]].""")

# 17 Pakistan, Karachi, freelance developer
T.append("""AI: Thanks for joining. Could you tell me about yourself and your work?

User: Sure bhai. I'm [[Hamza Shaikh|PERSON]], [[27|AGE]], [[full-stack developer|JOB_TITLE]], freelancing full time. I'm based in [[Gulshan-e-Iqbal|CITY]], [[Karachi|CITY]]. I did my BS in computer science from [[FAST-NUCES|SCHOOL]], graduated in [[2020|DATE]], worked at a software house in [[Shahrah-e-Faisal|CITY]] for one year, and then went full freelance on [[Upwork|ORGANIZATION]] in [[2021|DATE]]. Mostly [[React|SOFTWARE]] and [[Next.js|SOFTWARE]] frontends for startups in [[Germany|COUNTRY]] and the [[US|COUNTRY]].

AI: How do you use AI in your development work?

User: Yaar, honestly, I don't write much code from scratch anymore. I use [[Cursor|AI_PRODUCT]] as my editor, with [[Claude|AI_PRODUCT]] inside it, and for quick UI prototypes [[v0|AI_PRODUCT]]. The workflow is, I write the spec, I let it generate, then I review and fix. Like [[Andrej Karpathy|PUBLIC_FIGURE]] says, vibe coding, but for client work you can't just vibe, you have to read every line. Last year one client's payment page had a bug that the AI introduced, it was rounding the euros wrong, and I only caught it because my collaborator [[Bilal|PERSON]] bhai tested with weird amounts. He messaged me, "[[hamza|PERSON|lowercase_name]] bhai check the 0.005 euro case, its breaking", at two in the night. After that I write tests first, always.

AI: How do your clients feel about you using AI?

User: Mixed. One German client, [[Jonas|PERSON]], he's the [[CTO|GENERIC_ROLE]] at a small logistics startup in [[Hamburg|CITY]], he's totally fine, he even pays for my [[Cursor|AI_PRODUCT]] subscription. He messaged me on [[Slack|SOFTWARE]] once: "[[Hamza|PERSON]], I don't care if a robot writes it, I care that it works on [[Monday|GENERIC_TIME]]." Ha! But another client, an agency in [[Texas|CITY]], put a clause in the contract, no AI-generated code, because of IP issues. So for them I have to be careful. And [[Upwork|ORGANIZATION]] itself is now full of people who just paste [[ChatGPT|AI_PRODUCT]] answers into proposals, so the rates are going down. Everyone is competing with everyone, [[India|COUNTRY]], [[Bangladesh|COUNTRY]], [[Nigeria|COUNTRY]], all of us. What saves me is communication. Clients remember the guy who answers at odd hours, explains clearly, and doesn't disappear after the milestone is paid. AI can write code, but it can't sit on a call with a stressed founder at midnight and calm him down. That part is still me, with my chai.

AI: Are there challenges specific to working from [[Karachi|CITY]]?

User: So many. Internet is the biggest, when the [[PTA|ORGANIZATION]] did that firewall thing, [[WhatsApp|SOFTWARE]] voice notes were not downloading and my VPN was crawling. Load-shedding, [[K-Electric|ORGANIZATION]], UPS, the usual, I have a solar panel now. Payments, I receive in [[Payoneer|SOFTWARE]] and withdraw to [[SadaPay|SOFTWARE]]. And my Ammi still thinks freelancing is not a real job, she wants me to apply to a bank, haha.

AI: Anything else, and where can people find your work or reach you?

User: Just that AI made freelancing easier to start and harder to stand out. My code is on [[github.com/hamzashaikh-dev|URL]], and my [[Upwork|ORGANIZATION]] is [[upwork.com/freelancers/~01a9f3c7be55d2e814|URL]]. Email is [[hamza.shaikh.dev@proton.me|EMAIL_ADDRESS]]. For [[WhatsApp|SOFTWARE]], I'll say it in Urdu so the transcription bots get confused, ha: [[sifar teen teen do, chaar saat aath, nau aik paanch chay|OBF_PHONE|urdu_number_words]]. Bas, that's it, thank you.""")

# 18 Philippines, Marikina, virtual assistant
T.append("""AI: Hello, thanks for joining. Could you start by telling me about yourself?

User: Hi! I'm [[Jennifer Reyes|PERSON]], [[Jen|PERSON]] for short. I'm [[31|AGE]], and I work from home as a [[virtual assistant|JOB_TITLE]] for a real estate agency in [[Australia|COUNTRY]], [[Harbourline Realty|ORGANIZATION]], they're in [[Brisbane|CITY]]. I live in [[Marikina|CITY]] with my husband and son. Before this I was a [[call center agent|JOB_TITLE]] at [[Teleperformance|ORGANIZATION]] in [[Ortigas|CITY]] for six years, then in [[June 2022|DATE]] I found this job on [[OnlineJobs.ph|ORGANIZATION]], and never went back to the office. No more traffic on the highway, thank you Lord.

AI: What does your work involve, and where does AI come in?

User: Everything admin, basically. I manage the inboxes of two agents, schedule the open homes, update listings, post on social media, chase tenants for rent. My [[boss|GENERIC_ROLE]], [[Craig|PERSON]], he's the [[principal|GENERIC_ROLE]] of the agency, very busy, always driving between properties. AI is like my own assistant now. I use [[ChatGPT|AI_PRODUCT]] for the property descriptions, "sun-drenched three-bedroom with a leafy outlook", that kind, Aussie style. [[Otter.ai|AI_PRODUCT]] for recording [[Craig|PERSON]]'s voice memos and turning them into to-do lists. [[Canva|SOFTWARE]] for the listing graphics, and [[Trello|SOFTWARE]] for tasks. Honestly, before AI I was working ten hours, now I finish in seven, and [[Craig|PERSON]] didn't notice, haha. Or maybe he did.

AI: Does [[Craig|PERSON]] know, and what does he think about it?

User: He knows. At first I was scared to tell him, baka he'll think he can replace me with [[ChatGPT|AI_PRODUCT]]. Then one day he sent me on [[WhatsApp|SOFTWARE]]: "[[Jen|PERSON]], these listing descriptions are bloody brilliant, are you using that AI thing? Keep it up, but don't let it invent a pool again 😂". Because one time, grabe, it added "resort-style pool" to a listing that had no pool! Buti na lang the agent caught it before publishing. Now I have my own checklist before I post anything. I think he's happy because he pays me less than a local assistant, and with AI I can do more. Is that fair? Hmm, that's another conversation, ha.

AI: How does AI fit into your family life, if at all?

User: My son [[Enzo|PERSON]] is [[nine|AGE]], he uses [[Gemini|AI_PRODUCT]] on the tablet for his assignments, and I'm strict, only explanations, no copy-paste. My husband [[Rommel|PERSON]] drives for [[Grab|ORGANIZATION]], and he jokes that my job is now just "talking to robots". My Tita [[Baby|PERSON]], she's the one who taught me to be a [[VA|JOB_TITLE]] in the first place, she's been doing it since before AI, and she says the rates are going down because clients expect more for less. That's the worry, you know. Time zone also, I start at [[5 am|GENERIC_TIME]] [[Manila|CITY]] time because of [[Brisbane|CITY]] office hours.

AI: Anything else you'd like to share, and how can we reach you?

User: Just that VAs from the [[Philippines|COUNTRY]] are not just cheap labour, we are skilled, and AI makes us even better, not replaceable. My [[LinkedIn|SOFTWARE]] is [[linkedin.com/in/jenreyes-va|URL]]. For email, I'll spell it out with spaces because my last email got scraped and I got so much spam: [[j e n r e y e s . v a @ g m a i l . c o m|OBF_EMAIL|spaced_letters]]. And for the payment, my TIN is [[412-558-903-000|NATIONAL_ID]]. Thank you po!""")

# 19 Nigeria, Abuja, government statistician
T.append("""AI: Sannu, and thank you for your time. Could you introduce yourself?

User: Sannu. I'm [[Aisha Bello|PERSON]], [[36|AGE]], a [[statistician|JOB_TITLE]] at the [[National Bureau of Statistics|ORGANIZATION]], head office in the [[Central Business District|CITY]], [[Abuja|CITY]]. I joined the civil service in [[2013|DATE]]. I studied statistics at [[Ahmadu Bello University|SCHOOL]], [[Zaria|CITY]], then my master's at [[University of Ibadan|SCHOOL]]. Originally I'm from [[Kano|CITY]], but I've been in [[Abuja|CITY]] so long now, I live in [[Gwarinpa|CITY]].

AI: How does AI come into your work at the [[Bureau|ORGANIZATION]]?

User: Mostly in the analysis and the writing. We work with survey data, household surveys, labour force, prices. I use [[Stata|SOFTWARE]] and [[R|SOFTWARE]] for analysis, and [[ChatGPT|AI_PRODUCT]] to help me write code faster or to debug when [[R|SOFTWARE]] is shouting errors at me, wallahi it saves hours. Also for the first draft of the methodology notes, the boring parts. But the numbers, no, the numbers we don't put anywhere near AI. Microdata is confidential by law. We also tried [[Copilot|AI_PRODUCT]] on the office laptops, but the network in the building is so bad, by the time it answers, you've already done it yourself.

AI: How do your colleagues and supervisors see it?

User: My [[director|GENERIC_ROLE]] is cautious. She says, "Mrs [[Bello|PERSON]], anything that leaves this building with our name on it must be checked by a human being." Fair enough. Our [[unit head|GENERIC_ROLE]], Mallam [[Sani|PERSON]], he's older, he still does tables by hand sometimes, but he asked me to teach him [[ChatGPT|AI_PRODUCT]] for his son's project, ha. And there's Hajiya [[Rakiya|PERSON]] in admin, she sends everything on [[WhatsApp|SOFTWARE]]. Last week she sent: "[[Aisha|PERSON]] pls the CPI note ya shirya? [[DG|GENERIC_ROLE]] is asking since morning, kai, send before [[2pm|GENERIC_TIME]] 🙏". Meaning, is it ready. So sometimes the pressure makes people use it faster than is safe. I always double-check, especially after the time it invented a citation for a [[World Bank|ORGANIZATION]] report that doesn't exist.

AI: Has AI changed anything about public trust in statistics, or your work with the public?

User: That's a very good question. People now post fake charts on [[X|SOFTWARE]], made with AI, claiming to be from [[NBS|ORGANIZATION]], with crazy inflation numbers. We spend time debunking. There was one that went viral with [[Bola Tinubu|PUBLIC_FIGURE]]'s picture on it, totally fake data. So for me, AI makes my job faster but also makes misinformation faster. We need people who understand both. I'm trying to convince my team to take a course, there's a free one from [[Google|ORGANIZATION]] that I did in [[October 2024|DATE]]. My husband, [[Ibrahim|PERSON]], he's an [[engineer|JOB_TITLE]] with the water board, he laughs that I now talk about prompts at dinner instead of politics. But our two girls are watching, and I want them to see a woman who understands the machine, not one who is afraid of it.

AI: Anything else you'd like to add, and how can we reach you?

User: Only that Nigerian government workers are not as backward as people think. We want the tools, we want the training. For the follow-up, call me, the first four is [[0806, then 441, then 7939|OBF_PHONE|split_chunks]], that's the whole thing. I break it like that because people copy wrongly. And the NIN for the transfer is [[48201937755|NATIONAL_ID]]. Thank you, sannu da aiki.""")

# 20 Kenya, Mombasa, restaurant owner
T.append("""AI: Thank you for having us. Could you tell me about yourself and your restaurant?

User: Karibu sana. I'm [[Amina Said|PERSON]], [[fifty-two|AGE]] years, I'm a [[restaurant owner|JOB_TITLE]], the place is called [[Swahili Bites|ORGANIZATION]], in [[Nyali|CITY]], [[Mombasa|CITY]]. We do coast food, biryani, pilau, samaki wa kupaka, mahamri in the morning. I grew up in [[Old Town|CITY]], my mother was cooking for weddings, so I learned from her. I opened the restaurant in [[2014|DATE]], with a loan and a lot of prayer.

AI: How does AI come into running the restaurant?

User: Ah, my son brought it. [[Faraj|PERSON]], he's at [[Technical University of Mombasa|SCHOOL]], he said, Mama, you are still writing the menu by hand and the tourists can't read it. So he showed me [[ChatGPT|AI_PRODUCT]]. Now we have the menu in English, German and Italian, because many tourists come from [[Germany|COUNTRY]] and [[Italy|COUNTRY]], especially in [[August|GENERIC_TIME]] and around [[Christmas|GENERIC_TIME]]. It explains the dishes also, like what is "kupaka", coconut sauce, not too spicy. The Italians still ask for pasta, haha, sawa. Also the reviews. I ask it to help me reply to bad reviews on [[Google Maps|SOFTWARE]] politely, because when I'm angry I write very badly.

AI: Who else in the restaurant uses these tools, and how?

User: My [[cashier|JOB_TITLE]], [[Mwanaisha|PERSON]], she's young, she uses [[Meta AI|AI_PRODUCT]] on [[WhatsApp|SOFTWARE]] to calculate the orders for the big functions, like how many kilos of rice for three hundred people. The [[chef|JOB_TITLE]], [[Juma|PERSON]], no, Mzee [[Juma|PERSON]] doesn't trust any machine, he says the food is in the hands, not in the phone. He is right, I think. For the taxes, [[KRA|ORGANIZATION]] now wants everything on [[eTIMS|SOFTWARE]], the electronic invoices, and that system is a headache. [[Faraj|PERSON]] used [[ChatGPT|AI_PRODUCT]] to make me a step-by-step guide in Swahili, printed it, it's stuck on the wall next to the till. [[Mwanaisha|PERSON]] sent me once: "Mama, [[eTIMS|SOFTWARE]] imekataa tena, nimejaribu mara tatu 😩". It refused again. Those days are long.

AI: Are there worries for you about AI, or about the business?

User: Business worries are more, honestly, electricity, the price of cooking gas, the rent. For AI, one worry is fake reviews, people can write a hundred bad reviews with AI now, nobody can know. Another is the delivery apps, [[Glovo|ORGANIZATION]] takes a big commission and the algorithm decides if your restaurant is shown at the top or not. We don't understand how. When [[Eliud Kipchoge|PUBLIC_FIGURE]] ran that race, we were open all night for people watching, the app didn't even show us, ha. But I also see the good, my niece in [[Malindi|CITY]] started a cake business using AI for the marketing, she's doing well.

AI: Anything else you'd like to add, and how can we reach you?

User: Just that small businesses need to be taught, slowly, in our language. Not everyone has a [[Faraj|PERSON]] at home. You can call the restaurant, [[0722 604 318|PHONE_NUMBER]], or email me, [[Faraj|PERSON]] set it up, I'll read it the way he wrote it for me: [[amina.said(at)swahilibites(dot)co(dot)ke|OBF_EMAIL|parentheses_at_dot]]. We are at [[Shop 4, Nyali Centre, Links Road|ADDRESS]], come and eat. For the form, [[KRA|ORGANIZATION]] PIN is [[A009876543Z|NATIONAL_ID]]. Asante sana.""")

# 21 South Africa, Durban, structural engineer
T.append("""AI: Thanks for joining us. Could you introduce yourself and what you do?

User: Howzit. I'm [[Sanjay Naidoo|PERSON]], [[45|AGE]], a [[structural engineer|JOB_TITLE]], professionally registered, at [[Coastline Structural Engineers|ORGANIZATION]]. Our office is in [[Umhlanga|CITY]], [[Durban|CITY]], and I live in [[Westville|CITY]] with my wife and my mother, proper [[Durban|CITY]] Indian household, ja. Studied at [[UKZN|SCHOOL]], been at the firm since [[2008|DATE]], so I'm one of the old toppies there now.

AI: Where does AI come into your engineering work?

User: Less than people think, to be honest, bru. The design itself, the calcs, we do in [[Prokon|SOFTWARE]] and the drawings in [[Revit|SOFTWARE]] and [[AutoCAD|SOFTWARE]], and there's no way I'm letting a chatbot size a beam for a hospital. But around the design, there's a lot. I use [[ChatGPT|AI_PRODUCT]] to summarise the SANS codes when I'm checking something quickly, then I go read the actual clause. Reports, tender documents, method statements, that's where it saves hours. And [[Copilot|AI_PRODUCT]] in [[Outlook|SOFTWARE]], because the municipality sends emails with thirty people on copy and everyone replies-all.

AI: How do the younger engineers on your team use it?

User: Much more, and that's where I worry a bit. We have a young guy, [[Sibusiso|PERSON]], we call him [[Sbu|PERSON]], [[candidate engineer|JOB_TITLE]], very bright. Last month he sent me on [[WhatsApp|SOFTWARE]] from site: "[[Boss|GENERIC_ROLE]] the AI gave me a lintel size that's way off, checking by hand now 🙈". Good on him for checking! But imagine the ones who don't check. So I made a rule, any number that goes on a drawing must come from the software or a hand calc, with your initials on it. [[Lerato|PERSON]], our other candidate, she uses it to prepare for her [[ECSA|ORGANIZATION]] professional review interview, asking it mock questions, that I think is brilliant. Our [[MD|GENERIC_ROLE]] wants us to be "AI-enabled", whatever that means, he went to a conference in [[Cape Town|CITY]] and came back very excited.

AI: Has any particular project made you think differently about these tools?

User: The floods. When the floods hit in [[April 2022|DATE]], I was on site for three weeks straight, bridges washed away, retaining walls gone. We were doing assessments for [[eThekwini Municipality|ORGANIZATION]] and there was no time. Some guys used AI to write up the inspection notes from voice recordings at night, and that genuinely helped, because we were dead tired. My wife [[Priyanka|PERSON]] didn't see me for days, she used to send roti and curry to site with my cousin. But the judgement, which bridge is safe for a taxi full of people, that's a human call, a human signs it. Also, the rugby boys love to say [[Siya Kolisi|PUBLIC_FIGURE]] would never let a robot call the lineout. Same for engineering, hey.

AI: Anything else you'd like to add, and how can we reach you?

User: Just that the profession needs guidelines, and fast. [[ECSA|ORGANIZATION]] hasn't said much, the universities are behind. My registration number is [[Pr.Eng 20110345|NATIONAL_ID]], if you need to verify I'm legit. [[LinkedIn|SOFTWARE]] is [[linkedin.com/in/sanjaynaidoo-preng|URL]]. And email, I write it with a hash to dodge the spam bots, so swap the hash for the at sign: [[sanjay.naidoo#coastline-se.co.za|OBF_EMAIL|symbol_substitution]]. My daughter is studying civil at [[Stellenbosch University|SCHOOL]] now, so maybe she'll write those guidelines one day. I'm around most days except [[Thursday|GENERIC_TIME]] mornings, that's site meetings. Cheers.""")

# 22 Oman, Muscat, chief accountant from Hyderabad
T.append("""AI: Thank you for joining us. Could you tell me about yourself and your work?

User: Sure, thank you for asking me. My name is [[Fatima Zehra Qureshi|PERSON]], I'm [[38|AGE]], originally from [[Hyderabad|CITY]], [[Tolichowki|CITY]] side. I'm the [[chief accountant|JOB_TITLE]] at [[Al Maha Trading LLC|ORGANIZATION]], we import building materials, our office is in [[Ruwi|CITY]], [[Muscat|CITY]]. I came to [[Oman|COUNTRY]] in [[2010|DATE]] after marriage, my husband [[Irfan|PERSON]] was already working here, and I joined this company in [[2013|DATE]]. I'm a [[CA|JOB_TITLE]], I did my articleship in [[Secunderabad|CITY]].

AI: How does AI come into your accounting work?

User: Hau, slowly it came. We were on [[Tally|SOFTWARE]] for years, and last year we moved to [[Zoho Books|SOFTWARE]], which has its own AI helper, [[Zia|AI_PRODUCT]], it flags odd transactions and duplicate bills. Nice feature, but ninety percent of what it flags is not a problem, so it's like a nervous junior. I use [[ChatGPT|AI_PRODUCT]] mostly for two things. First, the VAT, because VAT in [[Oman|COUNTRY]] is still new, since 2021, and the rules keep changing, so I ask it to explain, then I check on the [[Oman Tax Authority|ORGANIZATION]] website, because once it told me the wrong filing deadline, nakko, I almost missed it. Second, for Arabic. Some letters from ministries come only in Arabic, I ask it to translate, and then our [[PRO|GENERIC_ROLE]] confirms.

AI: How do your boss and colleagues feel about it?

User: Our owner is Omani, Mr. [[Al Balushi|PERSON]], very traditional but very smart businessman. At first he said, "[[Fatima|PERSON]], I don't want the computer to know my business." Then he saw I prepared the board pack in two days instead of one week, and now he himself is asking it about shipping rates, ha. My [[assistant|GENERIC_ROLE]], [[Pradeep|PERSON]], from [[Kerala|CITY]], he uses it to make [[Excel|SOFTWARE]] macros. The sales guys, they use it for quotations. And the [[PRO|GENERIC_ROLE]], [[Khalid|PERSON]], sent me a [[WhatsApp|SOFTWARE]] last [[Ramadan|GENERIC_TIME]], "Madam [[Fatima|PERSON]], the ministry letter, your [[ChatGPT|AI_PRODUCT]] translation said 'fine' but it means 'penalty', please check before you reply 😅". So yes, always check.

AI: Does it come into your life outside work?

User: My son [[Ayaan|PERSON]] is in grade eight at [[Indian School Al Ghubra|SCHOOL]], he uses it for homework and I sit with him, because I don't want him to just copy. My mother back in [[Hyderabad|CITY]] sends me voice notes asking me to ask the "AI doctor" about her sugar levels, I tell her, Ammi, go to the real doctor, kya re. And during the recent budget speech I saw news that Sultan [[Haitham bin Tariq|PUBLIC_FIGURE]] is pushing digital government, so I think more will come. Our residence card renewal is already online, which is good.

AI: Anything else you'd like to share, and how can we contact you?

User: Only that expats like me, we have to keep learning, otherwise Omanisation and AI together will push us out. For contact, my mobile, I'll tell you in Hindi numbers, my son says it's a good trick: [[nau aath do saat, chaar chaar ek paanch|OBF_PHONE|hindi_number_words]], with plus nine six eight before. The resident card number for your form is [[118943027|NATIONAL_ID]]. Evenings are better, after [[7 pm|GENERIC_TIME]].""")

# 23 India, Pune, cab driver
T.append("""AI: Namaskar, thanks for talking to us. Could you tell me about yourself?

User: Namaskar. I am [[Santosh Jadhav|PERSON]], [[41|AGE]] years. I drive cab, I'm a [[cab driver|JOB_TITLE]] with [[Uber|ORGANIZATION]] and [[Ola|ORGANIZATION]] both, in [[Pune|CITY]]. My own car, Dzire, on loan still. I stay in [[Hadapsar|CITY]], my native place is a village near [[Satara|CITY]]. Before driving I was working in a sugar factory, then in [[2017|DATE]] I came to [[Pune|CITY]] and started cab. Eight years now, bhau.

AI: Where does AI come into your work?

User: Arre, everything is the app only. The app decides the fare, the app decides the ride, the app decides if I get incentive or not. They call it AI, I call it the saheb I never met, ha. Sometimes the surge is coming in [[Hinjewadi|CITY]] and I'm in [[Kothrud|CITY]], by the time I reach, surge is finished. Nobody can explain. Then [[Google Maps|SOFTWARE]], of course. And now my daughter [[Sakshi|PERSON]], she is at [[Fergusson College|SCHOOL]], she put [[ChatGPT|AI_PRODUCT]] on my phone and showed me I can talk in Marathi, it will reply in Marathi. Mast! I use it to write complaints to [[Uber|ORGANIZATION]] support in English, because in Marathi they don't reply properly.

AI: Can you give an example of one of those complaints?

User: Ho, last month one customer, a madam from an IT company in [[Baner|CITY]], gave me one star because the AC was not cold enough. It was forty-one degrees that day! My rating went down and the app blocked me for two days. So I told [[ChatGPT|AI_PRODUCT]] the full story in Marathi, it wrote a very polite English letter, and [[Uber|ORGANIZATION]] removed the block. My friend [[Ganesh|PERSON]] bhau, he drives [[Rapido|ORGANIZATION]] bike also, he asked me to write his complaint also. Now half our stand is coming to me, "[[Santosh|PERSON]] bhau, tujha [[ChatGPT|AI_PRODUCT]] vapar na, maza pan letter lihun de." Meaning, use your [[ChatGPT|AI_PRODUCT]], write my letter also. I'm becoming typist, ha.

AI: Are there any worries for you about AI, now or in the future?

User: The big worry is the self-driving car. My nephew showed me video, [[Waymo|ORGANIZATION]] in [[America|COUNTRY]], no driver inside. I said, in [[Pune|CITY]] traffic? Near [[Swargate|CITY]] in the evening? Impossible, the car will cry. But seriously, my son is [[fourteen|AGE]], I don't want him to drive. I tell him, study, learn computers. [[Nitin Gadkari|PUBLIC_FIGURE]] also said driverless cars will not come to [[India|COUNTRY]] because of jobs, so let's see. Other worry is the commission, every year it's more, and app changes rules without telling. And [[Ola Krutrim|AI_PRODUCT]], they put in the app, one day it talked to me in a robot voice about a new scheme, I didn't understand anything.

AI: Anything else, and how can we reach you for the payment?

User: Only that drivers should get one real person to talk to, not only chatbot. For the payment, send on [[PhonePe|SOFTWARE]], my number my daughter taught me to type like this on forms, with those box numbers: [[9️⃣8️⃣2️⃣2️⃣0️⃣ 4️⃣1️⃣7️⃣6️⃣3️⃣|OBF_PHONE|keycap_emoji]]. And they said licence number also, it's [[MH12 20110034567|NATIONAL_ID]]. Morning before [[10 am|GENERIC_TIME]] is best, after that I'm on road.""")

# 24 Malaysia, Penang, process engineer
T.append("""AI: Thanks for joining. Could you tell me about yourself and your work?

User: Sure. I'm [[Kavitha a/p Subramaniam|PERSON]], most people just call me [[Kavi|PERSON]]. I'm [[34|AGE]], a [[process engineer|JOB_TITLE]] at [[Intel|ORGANIZATION]] in [[Bayan Lepas|CITY]], [[Penang|CITY]], in the assembly and test side. I studied chemical engineering at [[Universiti Sains Malaysia|SCHOOL]] and joined in [[2014|DATE]]. Before that I did my internship at a glove factory in [[Kulim|CITY]], twelve-hour shifts, so I know the shop floor life, not just the office side. I live in [[Butterworth|CITY]] on the mainland, so every day I cross the bridge, traffic jam confirm one.

AI: How does AI come into your work?

User: On the manufacturing side, we have a lot of machine learning already, for defect detection, the vision inspection on the line, that's been there for years, nobody even calls it AI. For my own work, we have an internal assistant, company-approved, because we cannot put any process data into public tools, that one is a firing offence, seriously. I use it to write [[Python|SOFTWARE]] scripts for pulling data, and to help with the analysis in [[JMP|SOFTWARE]]. At home, personal stuff, I use [[ChatGPT|AI_PRODUCT]] and [[Claude|AI_PRODUCT]], like for my part-time master's assignments.

AI: How does your team feel about it?

User: My [[manager|GENERIC_ROLE]], [[Ooi|PERSON]], he's very data-driven, he loves it. He keeps saying in the morning meeting, "Guys, use the tools lah, don't spend two days on a report that takes two hours." But our [[senior technician|JOB_TITLE]], Abang [[Zul|PERSON]], he's been on the line for twenty-five years, he knows every machine by its sound. One time the AI model flagged a tool as fine, and he said, "Tak, dengar bunyi dia, ada masalah." Listen to the sound, got problem. He was right, bearing was going. So I told [[Ooi|PERSON]], we need both. My colleague [[Hafiz|PERSON]] sent in our group chat after that, "Abang [[Zul|PERSON]] 1, AI 0 😂", and everyone was laughing.

AI: It sounds like Abang [[Zul|PERSON]] made quite an impression. Are there any worries about your career or the industry?

User: Ya, quite a lot this past year, the layoffs, everyone was scared. When [[Pat Gelsinger|PUBLIC_FIGURE]] left, and then the cuts, my [[WhatsApp|SOFTWARE]] was full of people asking, you safe or not? Aiyo. I'm okay for now. I think the engineers who understand data will survive, the ones who only do manual reports, maybe not. My husband [[Suresh|PERSON]] is a [[teacher|JOB_TITLE]] at a Tamil school in [[Bukit Mertajam|CITY]], he says at least teachers are safe, ha, but even his students are using AI for karangan, the Malay essays. My amma says, "enna, the computer is doing your homework now?" Every [[Deepavali|GENERIC_TIME]] the relatives ask me if robots are taking over [[Intel|ORGANIZATION]].

AI: Anything else you'd like to add, and how can we reach you?

User: Maybe that in [[Malaysia|COUNTRY]], the semiconductor industry is very important, so we need more local people trained in AI, not only bringing in experts. For email, I'll type it here, my phone keyboard is in that wide mode, sorry: [[kavitha．s91＠outlook．com|OBF_EMAIL|fullwidth_symbols]]. I'm [[@kavi.engineers|SOCIAL_HANDLE]] on [[Instagram|SOFTWARE]], I post about women in engineering. And the IC number for the form is [[910622-07-5344|NATIONAL_ID]]. Thank you!""")

# 25 Ghana, Kumasi, pharmacist and shop owner
T.append("""AI: Thank you for speaking with us. Could you introduce yourself and your work?

User: You're welcome. My name is [[Kwabena Owusu-Ansah|PERSON]], I'm [[49|AGE]], I'm a [[community pharmacist|JOB_TITLE]], and I own [[Adom Pharmacy|ORGANIZATION]] in [[Adum|CITY]], [[Kumasi|CITY]]. I trained at [[KNUST|SCHOOL]], worked at [[Komfo Anokye Teaching Hospital|ORGANIZATION]] for five years, then opened the pharmacy in [[2011|DATE]]. We have two branches now, the second one in [[Suame|CITY]]. Awurade, it has not been easy, but we thank God.

AI: How does AI come into your pharmacy work?

User: In a few ways. First, checking. When a customer comes with a prescription for five, six drugs, especially the elderly, I check interactions. I use [[Medscape|SOFTWARE]] mostly, but I've also started asking [[ChatGPT|AI_PRODUCT]], because it explains in simple words I can use for the patient. But I never trust it alone, never. Second, stock. We use [[Hubtel|SOFTWARE]] for sales, and I download the reports and ask [[ChatGPT|AI_PRODUCT]] which products are moving slowly, what to reorder before [[Christmas|GENERIC_TIME]]. I also use it for the small notices we paste on the door, like the malaria season advice, in English and Twi, so people read them. Third, our supplier, [[mPharma|ORGANIZATION]], they have their own system that predicts demand. Sometimes good, sometimes it sends me cough syrup in the dry season, ha.

AI: How do your staff use these tools, and are there any concerns?

User: My [[pharmacy technician|JOB_TITLE]], [[Gifty|PERSON]], she is very good with the phone, she uses [[Meta AI|AI_PRODUCT]] to help explain things to customers in Twi. Honestly, [[Gifty|PERSON]]'s Twi is better than the AI's, but it helps her with the medical words. And the other one, [[Patience|PERSON]], she manages the [[Suame|CITY]] branch, she's more careful, she calls me for everything. You know, in this work you need patience and a lot of checking. The concern is when customers come with AI advice. Last month a young man showed me his phone, "[[ChatGPT|AI_PRODUCT]] says I should take this antibiotic for five days", and he wanted to buy without prescription. I had to explain. And the [[Pharmacy Council|ORGANIZATION]] is strict about that, rightly so. [[Gifty|PERSON]] sent me on [[WhatsApp|SOFTWARE]] that same day: "Sir, another customer with AI prescription again oo, me nim nea menyɛ 😩". She didn't know what to do.

AI: Has this changed how you see the future of pharmacy in [[Ghana|COUNTRY]]?

User: Yes. I think the counter work will change, people will come already knowing something, sometimes wrong, sometimes right. We must become more like counsellors. My son [[Yaw|PERSON]] is studying pharmacy also, at [[University of Ghana|SCHOOL]], and he tells me in his class they discuss AI for dispensing robots, like in [[Europe|CONTINENT]]. Robots in [[Adum|CITY]] market? Charley, the power will go off and the robot will be sitting there, ha. Even [[Kwame Nkrumah|PUBLIC_FIGURE]] said we face neither East nor West, we face forward, so we will adapt, but in our own way.

AI: Anything else you'd like to add, and how can we reach you?

User: That regulation must come quickly, for these AI health apps. For contact, our page is [[facebook.com/adompharmacykumasi|URL]]. My phone, I'll say it with dashes the way it's on our signboard: [[0-2-0-8-1-5-4-7-3-6|OBF_PHONE|dashed_digits]]. The main shop is at [[Plot 12, Block C, Prempeh II Street|ADDRESS]], opposite the bank. And for the form, my national ID card, [[GHA-709135246-8|NATIONAL_ID]]. Me da wo ase.""")

write_set(T, "set_bb")
