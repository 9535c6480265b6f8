"""Blind evaluation set 'cf': 25 synthetic interview transcripts with office and knowledge workers talking about AI at work. Every person, number, email, address and ID is invented. Build with: python3 make_set_cf.py"""
from markup import write_set

T = []

# 1. Brazil - marketing analyst, Sao Paulo - typed chat
T.append("""AI: Hi, and thanks for joining this conversation about AI at work. To start, could you tell me a little about yourself and what you do?

User: hi!! ok so im [[Thaís Moreira Lins|PERSON]], [[34|AGE]], [[analista de marketing pleno|JOB_TITLE]] (like mid level marketing analyst) at [[Lojas Pirâmide|ORGANIZATION]], we sell home stuff, around 60 stores in [[São Paulo|CITY]], [[Campinas|CITY]] and [[Sorocaba|CITY]] plus the e-commerce. before that i was at [[Natura|ORGANIZATION]] from [[2015|DATE]] to [[2019|DATE]] doing CRM. sorry if my english is bad i learned mostly with series kkkk

AI: Your English is very clear, [[Thaís|PERSON]]. What does a normal week look like for you, and where does AI show up in it?

User: [[monday|GENERIC_TIME|lowercase]] is campaign planning with [[my boss|GENERIC_ROLE]] [[Renata Sodré|PERSON]], she is [[gerente de CRM|JOB_TITLE]] and very old school, she still prints the slides lol. i use [[chatgpt|AI_PRODUCT|lowercase]] for the first version of email copy and subject lines, then we test in [[RD Station|SOFTWARE]]. for product photos our [[designer|JOB_TITLE]] [[Caio|PERSON]] uses [[Midjourney|AI_PRODUCT]] but dont tell [[Renata|PERSON]] haha. and [[Gemini|AI_PRODUCT]] inside [[Google Sheets|SOFTWARE]] for the boring formulas, procv and such

AI: You mentioned using [[ChatGPT|AI_PRODUCT]] for email copy. Could you walk me through a recent example?

User: yes so [[black friday|GENERIC_TIME|lowercase]] [[last year|GENERIC_TIME]], [[november 2024|DATE|lowercase]], we had 14 segments and i needed one email per segment. i pasted the segment descriptions and it gave me drafts in like 2 min. BUT one time i pasted an export from the CRM by mistake with real customer data, name, CPF, phone. i remember one line was a lady [[Maria Aparecida Teles|PERSON]], CPF [[214.553.870-32|NATIONAL_ID]], cel [[(15) 99821-4407|PHONE_NUMBER]], i know her bc she calls the SAC every week about a sofa from the [[Sorocaba|CITY]] store

AI: That sounds stressful. What happened after that?

User: i told [[Renata|PERSON]] the same day and she sent me to Dr. [[Fábio Ayres|PERSON]], he is our [[encarregado de dados|JOB_TITLE]] (DPO). nothing leaked as far as we know but i had to redo the LGPD training, and now my matrícula [[PRM-00417|NATIONAL_ID|employee_number]] is like famous in the compliance dashboard lol. after that the company bought [[ChatGPT Enterprise|AI_PRODUCT]] so the data stays inside

AI: Are there parts of your job you prefer to keep away from AI?

User: the brand voice. we work with an agency [[Bambu|ORGANIZATION|org_looks_like_word]] in [[Pinheiros|CITY]] and the account girl [[Glória|PERSON]] is amazing, the AI texts always sound like a bank from [[Portugal|COUNTRY]] haha. also anything with the franchise owners, like seu [[Zé Carlos|PERSON|nickname]] from the [[Campinas|CITY]] store, he only talks by audio on [[WhatsApp|SOFTWARE]] and wants a human

AI: How do you feel about where your role is going?

User: honestly 50/50. my sister [[Bia|PERSON|nickname]] is [[UX writer|JOB_TITLE]] at [[iFood|ORGANIZATION]] and they cut half her team in [[março|GENERIC_TIME]]. im doing an MBA at night at [[FGV|SCHOOL]], i finish in [[2026|DATE]], so maybe i go to a more strategy role. my husband says learn python, but he says that since [[2020|DATE]] kkk. oh and if the team wants to see my prompts i can send, its [[thais.lins.mkt@gmail.com|EMAIL_ADDRESS]] or whats [[(11) 97730-5518|PHONE_NUMBER]]. and please dont put my name in the report, [[Renata|PERSON]] reads everything about AI on [[LinkedIn|SOFTWARE]]""")

# 2. Nigeria - backend engineer, Lagos - speech-to-text
T.append("""AI: Hello, thank you for joining. Could you start by telling me about your role and where you work?

User: Okay, um, so my name is [[Oluwaseun Adebayo-Cole|PERSON]], but everybody calls me [[Seun|PERSON|nickname]]. I'm a, uh, [[backend engineer|JOB_TITLE]] at [[Kudiwise|ORGANIZATION]], it's a payments startup, we're in [[Yaba|CITY]], in [[Lagos|CITY]]. I've been there since, um, [[twenty twenty-one|DATE|date_in_words]]. Before that I was at [[Andela|ORGANIZATION]] for like two years, and I studied computer science at [[UNILAG|SCHOOL|abbreviation]].

AI: Thanks, [[Seun|PERSON]]. Which AI tools do you use day to day?

User: So mostly [[Copilot|AI_PRODUCT]] inside [[VS Code|SOFTWARE]], and [[Claude|AI_PRODUCT|product_named_like_person]] for, like, design docs and when I'm reading somebody's old code. My team lead, [[Tunday Baccary|PERSON|misheard_name]], sorry, the transcription will spell it wrong, it's [[Tunde Bakare|PERSON]], he's very strict, he wants every AI-generated function to have tests. And we use [[Jira|SOFTWARE]] and [[Slack|SOFTWARE]], and [[Slack|SOFTWARE]] has its own AI summary thing now which, um, honestly is not great.

AI: Can you tell me about a specific time AI really helped, or didn't?

User: Yeah, um, [[last month|GENERIC_TIME]] there was an incident with a merchant, a pharmacy chain in [[Ikeja|CITY]], [[HealthPlus|ORGANIZATION]], their settlements were failing. The owner, Mrs. [[Folake Ogunleye|PERSON]], she called my personal line at like two a.m., I don't even know how she got it. So I pasted the logs into [[Claude|AI_PRODUCT|product_named_like_person]] and it found the, um, the timezone bug in like five minutes. But I had to strip out the account numbers first, because the logs had things like her BVN, [[22184730915|NATIONAL_ID|id_like_phone]], just sitting there in plain text.

AI: That's a striking example. How do you think about data like that when you use these tools?

User: Um, we have a policy now, [[Kudiwise|ORGANIZATION]] has a policy. [[Ngozi|PERSON]] from compliance, [[Ngozi Eze|PERSON]], she's the [[Head of Risk|JOB_TITLE]], she wrote it after that. Basically nothing with customer PII goes to external models. My staff number is [[KW zero three nine two|NATIONAL_ID|spoken_digits]], and if you break the rule they log it against your number, so, um, you're careful.

AI: How does your family or life outside work connect to how you see AI?

User: My wife [[Precious|PERSON|name_is_word]], she's a [[pharmacist|JOB_TITLE]] at [[LUTH|ORGANIZATION|abbreviation]], she thinks I'm training the thing that will replace me, (laughs). Hmm. And my younger brother [[Kayode|PERSON]] is [[nineteen|AGE|number_words]], he's at [[Covenant University|SCHOOL]] and he does all his assignments with [[ChatGPT|AI_PRODUCT]], which, eh. I'm [[thirty-one|AGE|number_words]] and I feel old already. But worries, um, yes and no. In [[Nigeria|COUNTRY]] the bigger problem is power and internet, not AI. When [[Jack Dorsey|PUBLIC_FIGURE]] came to [[Lagos|CITY]] everybody was excited about crypto, now it's AI, next year it'll be something else. But for juniors, yes, the entry level work in [[Africa|CONTINENT]] was outsourcing, and that's exactly what these tools do.

AI: Thank you. Is there anything else you'd like to share?

User: Just that if your team wants the, um, the incident write-up, I can share a sanitized version. My email is, um, [[seun dot cole at kudiwise dot com dot N G|OBF_EMAIL|spelled_at_dot]], and my number is [[oh eight oh three, four one two, seven seven six nine|OBF_PHONE|spoken_digits]]. I'm usually free on [[Fridays|GENERIC_TIME]].""")

# 3. India - HR business partner, Pune - typed chat
T.append("""AI: Hello, thanks for taking the time. Could you start by describing your job and your workplace?

User: hello. i am [[priyanka deshmukh|PERSON|lowercase_name]], working as [[HRBP|JOB_TITLE|abbreviation]] (hr business partner) for the engineering BU at [[Kalpavriksh Infotech|ORGANIZATION]], [[Hinjewadi|CITY]] phase 2, [[Pune|CITY]]. total 11 yrs exp, started at [[TCS|ORGANIZATION|abbreviation]] in [[2013|DATE]] as [[HR trainee|JOB_TITLE]], then [[Wipro|ORGANIZATION]], joined here [[aug 2019|DATE|lowercase]]. MBA HR from [[SIBM|SCHOOL|abbreviation]], [[2012|DATE]] batch.

AI: Thank you, Priyanka. What does AI help you with day to day?

User: mainly 3 things. 1) JD writing in [[ChatGPT|AI_PRODUCT]] 2) summarising exit interview notes 3) policy FAQ bot which our HRIS [[Darwinbox|SOFTWARE]] launched. company gave [[Copilot|AI_PRODUCT]] licences also in [[Outlook|SOFTWARE]] and [[Teams|SOFTWARE]] but honestly i use only for meeting summary. [[my manager|GENERIC_ROLE]] [[Anand|PERSON]] sir ([[Anand Kulkarni|PERSON]], [[Director HR|JOB_TITLE]]) is very pro AI, he wants "AI first HR" by [[march|GENERIC_TIME|lowercase]]

AI: Could you tell me about a time using AI at work went wrong, or felt uncomfortable?

User: yes one grievance case. an employee from QA, [[Rohit Nair|PERSON]], raised grievance about his variable pay, case no [[GRV/2024/118|NATIONAL_ID|case_number]]. thread was very long so i pasted whole mail chain in [[chatgpt|AI_PRODUCT|lowercase]] for neutral summary. later i saw it had his emp id [[KI20871|NATIONAL_ID|employee_number]] and his PAN [[ABKPN4471M|NATIONAL_ID]] bcz the salary slip text was inside the chain. i felt very bad. after that i always remove before paste. [[Anand|PERSON]] sir said dont panic but report to infosec. infosec guy [[Mayank|PERSON]] is my batchmate from [[SIBM|SCHOOL|abbreviation]] so it was ok lol. now we have internal tool "[[KalpaGPT|AI_PRODUCT]]" which is basically [[Azure OpenAI|AI_PRODUCT]] inside our tenant, so [[the employees|GENERIC_ROLE]] data stays with us. still i dont trust 100%

AI: How do employees feel about AI being used in HR?

User: mixed. freshers love it. seniors scared that appraisal will be done by AI. one of my leads [[Sunita|PERSON]] ma'am, she is [[42|AGE]], told me "[[priyanka|PERSON|lowercase_name]] if AI writes my appraisal i will resign" haha. and [[the managers|GENERIC_ROLE]] are lazy, they paste AI text in feedback and employee can see its same text for 5 people

AI: Does AI show up in your life outside work as well?

User: ya my son [[Aadi|PERSON]] is [[7 yrs|AGE]], he asks [[Alexa|AI_PRODUCT|product_named_like_person]] everything, even homework. my husband [[Vikram|PERSON]] is [[plant engineer|JOB_TITLE]] at [[Bajaj Auto|ORGANIZATION]] in [[Chakan|CITY]], in his plant AI is only for quality camera. my in laws in [[Nagpur|CITY]] forward AI videos of [[Narayana Murthy|PUBLIC_FIGURE]] on [[whatsapp|SOFTWARE|lowercase]] which are fake lol

AI: Last question: what would make AI more useful for you?

User: if it understood [[India|COUNTRY]] context properly, notice period, PF, gratuity, state wise holidays. and [[darwinbox|SOFTWARE|lowercase]] bot in marathi for our blue collar staff. if your team wants to discuss more, my no. is [[+91 98220 41763|PHONE_NUMBER]], after 6 pm IST pls, not on [[saturday|GENERIC_TIME|lowercase]] bcz of [[Aadi|PERSON]]'s class""")

# 4. Philippines - customer success team leader, Cebu - speech-to-text
T.append("""AI: Hi, thank you for joining us today. Could you tell me a bit about yourself and your job?

User: Hi! Okay, so, um, I'm [[Maria Lourdes Villanueva|PERSON]], but my friends call me [[Lulu|PERSON|nickname]]. I'm a [[team leader|JOB_TITLE]] for customer success at [[Concentrix|ORGANIZATION]] here in [[Cebu|CITY]], in the IT Park. We handle, um, an American telco account, [[Brightline Telecom|ORGANIZATION]]. I'm, uh, [[twenty-nine|AGE|number_words]], and I've been in BPO since [[June twenty eighteen|DATE|date_in_words]], right after I graduated from [[USC|SCHOOL|abbreviation]], the [[University of San Carlos|SCHOOL]].

AI: Thanks, [[Lulu|PERSON]]. How is AI used on your team?

User: So, um, the account rolled out [[Zendesk AI|AI_PRODUCT]], like it suggests replies to [[the agents|GENERIC_ROLE]]. And for QA we use [[Observe.AI|AI_PRODUCT]] to score the calls. I have fourteen agents, and they use [[Grammarly|AI_PRODUCT]] a lot because, you know, [[the customers|GENERIC_ROLE]] are American and they're very, um, particular. Like one of my agents, [[Joy|PERSON|name_is_word]], [[Joy Abellana|PERSON]], she's really good on the phone but her emails, uh, the AI helps her a lot.

AI: Can you tell me about a specific moment where the AI made a difference, good or bad?

User: Yeah, um, there was this one escalation. A customer, Mister [[Dwayne Kowalczyk|PERSON]], his account was, um, [[four four seven, two zero nine, one one eight|NATIONAL_ID|spoken_digits]], he wanted a refund for roaming. And the AI suggested a reply that offered a refund that is, um, not in our policy, and my agent [[Bong|PERSON|nickname]] just sent it. So my [[OM|JOB_TITLE|abbreviation]], Sir [[Jun-Jun|PERSON|nickname]], uh, [[Jun-Jun Alcantara|PERSON]], he had to call the client and explain. We coached [[Bong|PERSON|nickname]], it's fine now, but after that the rule is, you read everything before you click send.

AI: How do you personally use AI outside of those tools?

User: Um, I live in [[Lapu-Lapu|CITY|city_named_like_person]], so the traffic on the bridge is crazy, like one hour, so I do my coaching logs with [[ChatGPT|AI_PRODUCT]] on my phone in the jeep, (laughs). And my younger brother [[Paolo|PERSON]], he's a [[nursing student|JOB_TITLE]] in [[Mandaue|CITY]], he uses it for his reviewers, for the board exam.

AI: Do you worry about AI replacing jobs in BPO?

User: Of course, um, everybody in the [[Philippines|COUNTRY]] talks about it. My mom [[Tess|PERSON|nickname]] was also a [[call center agent|JOB_TITLE]] in [[Makati|CITY]] before, and she says this is like when they moved the accounts to [[India|COUNTRY]]. But, um, I think the angry customers still want a human. Even [[Manny Pacquiao|PUBLIC_FIGURE]] has an AI ad now, so, hmm, I don't know.

AI: Is there anything about your own data, or your team's, that you're careful about?

User: Yes, um, one time I used [[ChatGPT|AI_PRODUCT]] to help me fill my loan form and I typed my SSS number, [[three four, five five one two eight nine zero, seven|NATIONAL_ID|spoken_digits]], and my employee ID, [[CNX-558102|NATIONAL_ID|employee_number]], and later I thought, hala, where does that go? So now I'm careful. If your team wants to follow up, my email is [[lulu underscore villanueva at yahoo dot com|OBF_EMAIL|spelled_at_dot]], or text me at [[zero nine one seven, eight four five, two two three one|OBF_PHONE|spoken_digits]].""")

# 5. Germany - senior controller, Hamburg - typed chat
T.append("""AI: Hello and welcome. Could you tell me what you do and how AI fits into it?

User: Hi. I am [[Senior Controllerin|JOB_TITLE]] in a logistics company in [[Hamburg|CITY]], [[Nordkai Logistik|ORGANIZATION]], about 900 employees. I prefer not too many details. Mostly I do monthly closing, forecasts and reporting for [[the management|GENERIC_ROLE]]. AI is honestly a small part. We have [[SAP|SOFTWARE]] and [[Power BI|SOFTWARE]], and since [[spring|GENERIC_TIME]] there is [[Microsoft Copilot|AI_PRODUCT]] for a pilot group.

AI: What do you use [[Copilot|AI_PRODUCT]] for, when you do use it?

User: Commenting variances. Like "why are fuel costs 12% over plan", it writes a first text from the [[Excel|SOFTWARE]]. I correct it always, it likes to invent reasons. For e-mails in English to the colleagues in [[Rotterdam|CITY]] and [[Gdańsk|CITY]] I use [[DeepL|AI_PRODUCT]], it is better than my school english.

AI: Have there been moments where you didn't trust the output?

User: Yes, at [[year end closing|GENERIC_TIME]]. [[Copilot|AI_PRODUCT]] summarised a contract with a customer and missed a penalty clause. My boss, Herr [[Wübbena|PERSON]], found it, luckily. Since then our rule is: no AI text goes to [[the auditors|GENERIC_ROLE]] without four eyes.

AI: How does your company handle data protection with these tools?

User: Very German, haha. The works council had to agree first and it took eight months. Every pilot user signed a paper with the personnel number, mine is [[40021786|NATIONAL_ID|employee_number]], so they can see who uses what. The data protection officer is external, a firm from [[Bremen|CITY]]. I think this is correct, but it is slow.

AI: Do you have any concerns about your own role?

User: Not really. I am [[52|AGE]], I will retire before AI does the closing alone. I worry more for [[the working students|GENERIC_ROLE]], they learn nothing if the tool does the reconciliation. Everybody quotes [[Elon Musk|PUBLIC_FIGURE]] that no job will be left, I don't believe this. In [[Germany|COUNTRY]] we still send faxes to the tax office, and in [[Europe|CONTINENT]] we now have the AI Act on top.

AI: Thank you. Is there anything else you'd like to add?

User: Only that the tools should be made for people like us, not only for programmers. My daughter studies at [[TU Hamburg|SCHOOL]] and she laughs when I write to [[ChatGPT|AI_PRODUCT]] with please and thank you. But I think it is polite, also with a machine.""")

# 6. Poland - QA automation engineer, Wroclaw - speech-to-text
T.append("""AI: Hi there, thanks for joining. Could you introduce yourself and your work?

User: Yes, hello. So, um, my name is [[Bartosz Wiśniewski|PERSON]], I am [[QA automation engineer|JOB_TITLE]] at [[Kodrix|ORGANIZATION]], it's a software house in, um, [[Vrotswaf|CITY|misheard_name]], sorry, the transcription, [[Wrocław|CITY]]. We do projects for banks, mostly for [[Germany|COUNTRY]] and for [[Santander|ORGANIZATION|org_looks_like_person]] here in [[Poland|COUNTRY]]. I'm with the company since [[twenty nineteen|DATE|date_in_words]], before I was at [[Nokia|ORGANIZATION]], also in [[Wrocław|CITY]].

AI: Thank you, [[Bartosz|PERSON]]. Which AI tools are part of your work?

User: So, um, [[Copilot|AI_PRODUCT]] in the IDE, and some people use [[Cursor|AI_PRODUCT]] but officially not allowed yet. Our tests are in [[Playwright|SOFTWARE]], and the old ones in [[Selenium|SOFTWARE]], and everything runs on [[Jenkins|SOFTWARE|product_named_like_person]]. Yeah, [[Jenkins|SOFTWARE|product_named_like_person]] is not a person, (laughs). My [[PM|JOB_TITLE|abbreviation]], [[Gosia|PERSON|nickname]], uh, [[Małgorzata Kowal|PERSON]], she uses [[ChatGPT|AI_PRODUCT]] for writing test plans from requirements.

AI: Can you give me an example of something AI did well, or badly, in your testing?

User: Okay, funny story. We needed test data with PESEL numbers, which is like our national ID, with correct checksum. And I was lazy, um, I put my own PESEL into the prompt to check the validator, it's [[nine zero zero three one five, zero four seven one two|NATIONAL_ID|spoken_digits]], stupid, I know. And then [[Kuba|PERSON|nickname]] from security saw it in the shared chat history and, um, he made a ticket, [[SEC-2291|NATIONAL_ID|case_number]], with my name on it. Now it's a joke in the team.

AI: How do you feel about AI's effect on QA jobs?

User: Um, honestly, a little worried. Generating test cases is the part juniors did. My friend [[Wiktor|PERSON]], he finished [[Politechnika Wrocławska|SCHOOL]] with me, he is [[thirty-four|AGE|number_words]] like me, and he lost his QA job in [[Kraków|CITY]] in [[January this year|GENERIC_TIME]], they said the team is, um, restructured. But for exploratory testing you still need a human with bad ideas, (laughs).

AI: What about outside work, does AI come up at home?

User: My wife [[Ola|PERSON|nickname]] is a [[primary school teacher|JOB_TITLE]] and she is more worried than me, because kids do homework with AI now. And my son is only [[three|AGE|number_words]], so he only talks to the, um, the [[Google Assistant|AI_PRODUCT]] to play songs. We watch [[Robert Lewandowski|PUBLIC_FIGURE]] and he asks it where is [[Robert|PUBLIC_FIGURE]], (laughs).

AI: Thank you, this has been great. Is there anything else you want to mention?

User: Maybe only that companies should give clear rules. If somebody wants to contact me, email is [[b dot wisniewski at kodrix dot pl|OBF_EMAIL|spelled_at_dot]], or phone [[six zero one, two three four, seven seven eight|OBF_PHONE|spoken_digits]]. I'm in the office on [[Tuesdays|GENERIC_TIME]].""")

# 7. Mexico - B2B sales executive, Guadalajara - typed chat
T.append("""AI: Hi, thanks for joining! Could you tell me about your job and where you work?

User: hola! sure. im [[Juan Pablo Ibarra Solís|PERSON]] but everybody says [[JP|PERSON|nickname]]. [[ejecutivo de ventas B2B|JOB_TITLE]] at [[Empaques del Bajío|ORGANIZATION]], we make cardboard boxes and labels, office is in [[Guadalajara|CITY]] and plant in [[El Salto|CITY]]. [[38|AGE]] years old. before i was 4 yrs at [[Bimbo|ORGANIZATION]] in trade marketing, from [[2014|DATE]] to [[2018|DATE]], studied at [[ITESO|SCHOOL|abbreviation]]

AI: Thanks, [[JP|PERSON|nickname]]. What role does AI play in your sales work?

User: ok so the CRM is [[Salesforce|SOFTWARE]] and it has [[Einstein|AI_PRODUCT|product_named_like_person]] that gives lead scores. (not [[Albert Einstein|PUBLIC_FIGURE]] lol, i wish). honestly the scores are random. what i really use is [[ChatGPT|AI_PRODUCT]] to prepare visits: i paste the clients website and last orders and ask what to offer. and [[my director|GENERIC_ROLE]], el Ing. [[Gutiérrez|PERSON]], wants every proposal reviewed by [[Copilot|AI_PRODUCT]] in [[Word|SOFTWARE]] for spelling jaja

AI: Could you give me an example of a recent visit you prepared that way?

User: yes [[last week|GENERIC_TIME]] [[Jose Cuervo|ORGANIZATION|org_looks_like_person]] distillery in [[Tequila|CITY|city_looks_like_word]], they want new labels for a limited edition. i asked [[chatgpt|AI_PRODUCT|lowercase]] for ideas about sustainable materials and it gave me a list, 2 of the suppliers didnt exist haha. then a bakery client, [[Tía Rosa|ORGANIZATION|org_looks_like_person]], the [[buyer|JOB_TITLE]] there [[Lupita Orozco|PERSON]] asked me for certifications, and AI wrote a nice email but i had to check everything with [[the quality team|GENERIC_ROLE]]

AI: You mentioned you paste client information in. How do you think about what you share?

User: before i didnt think much tbh. one time i pasted a quote with the delivery address of a client warehouse, [[Av. Vallarta 6503|ADDRESS]], [[Zapopan|CITY]], and the contact cel [[33 1846 2290|PHONE_NUMBER|local_phone_format]] of don [[Chuy|PERSON|nickname]] the warehouse guy. nothing happened but our IT [[Fernanda|PERSON]] said dont do it. also for my expenses i once asked it to fill the [[SAT|ORGANIZATION|abbreviation]] invoice form with my RFC [[IBSJ870412K39|NATIONAL_ID]] lol, i think every mexican did that

AI: How do your clients feel about AI-written messages?

User: some notice. [[the buyers|GENERIC_ROLE]] from big companies get 50 emails like that per day. so i send voice notes on [[WhatsApp|SOFTWARE]] instead, more human. my wife [[Daniela|PERSON]] says i talk more with clients than with her. we have 2 kids, [[Santi|PERSON|nickname]] is [[9|AGE]] and [[Regina|PERSON|name_is_word]] is [[6|AGE]]

AI: Do you see risks for your job?

User: not so much for sales, the relationship is the job. in [[Mexico|COUNTRY]] people buy from people. even [[Carlos Slim|PUBLIC_FIGURE]] says that i think haha. but for inside sales and customer service yes. i posted about this on [[LinkedIn|SOFTWARE]], my profile is [[linkedin.com/in/jp-ibarra-ventas|URL]], and on instagram im [[@jpibarra.gdl|SOCIAL_HANDLE]] if you want to see the packaging stuff""")

# 8. Kenya - programme manager at a health NGO, Nairobi - speech-to-text
T.append("""AI: Hello, and thank you for making time for this. Could you tell me about yourself and your work?

User: Thank you. So, um, I'm [[Wanjiru Kamau|PERSON]], my friends call me [[Shiru|PERSON|nickname]]. I'm a [[programme manager|JOB_TITLE]] at [[Amref Health Africa|ORGANIZATION]], uh, based at the office in [[Nairobi|CITY]], but our project is in [[Kisumu|CITY]] county, maternal health. I'm, um, [[thirty-six|AGE|number_words]]. I joined in [[twenty sixteen|DATE|date_in_words]] after my masters at [[Strathmore|SCHOOL]].

AI: Thank you, [[Wanjiru|PERSON]]. Where does AI come into your work?

User: Mostly, um, reporting. [[The donors|GENERIC_ROLE]] want very long reports every quarter. Our main one is [[the Gates Foundation|ORGANIZATION|org_looks_like_person]], and, eh, the reports have to be perfect. So I use [[ChatGPT|AI_PRODUCT]] to draft the narrative from our data, which we collect with [[KoboToolbox|SOFTWARE]]. And for meetings, um, my colleague [[Otieno|PERSON]] started using [[Otter|AI_PRODUCT|product_named_like_word]] to transcribe, but it doesn't understand our accents, it wrote my name as [[Wanjiro Come out|PERSON|misheard_name]], (laughs).

AI: Could you describe a specific case where AI helped or caused a problem?

User: Yes. So, um, we had a case study for the report, a young mother in [[Ahero|CITY]], [[Akinyi|PERSON]], she had complications and the [[community health volunteers|GENERIC_ROLE]] followed her. Our [[field officer|JOB_TITLE]], [[Mercy Achieng|PERSON|name_is_word]], wrote the story in her notes with the, uh, the clinic number, [[KSM/ANC/0442|NATIONAL_ID|case_number]], and I put those notes in [[ChatGPT|AI_PRODUCT]] to make it a nice story. Then later I realised, eh, this is a patient. So we changed the policy, now we anonymise first. [[Mercy|PERSON|name_is_word]] was, um, she felt bad, but it was my mistake more than hers.

AI: How does the organisation handle AI policy now?

User: Now we have a short guideline, um, Dr. [[Faith Njoroge|PERSON|name_is_word]], she's the [[head of M&E|JOB_TITLE]], she wrote it. Um, basically no names, no IDs, no phone numbers. Which is funny because in [[Kenya|COUNTRY]] everything is on [[M-Pesa|SOFTWARE]] with your phone number, (laughs). Like for my own expense claims I have to put my ID number, [[two eight four one, seven six nine three|NATIONAL_ID|spoken_digits]], and my KRA PIN, [[A zero zero nine eight seven six five four three Z|NATIONAL_ID|spoken_digits]], so I just, um, I don't use AI for that.

AI: Do you have worries about AI in the development sector?

User: Um, yes. One is that the reports all start to sound the same, [[the donors|GENERIC_ROLE]] can tell. Another one is that the models don't know [[Africa|CONTINENT]], they give you, um, examples from [[India|COUNTRY]] or from [[the US|COUNTRY]]. And [[Bill Gates|PUBLIC_FIGURE]] talks a lot about AI for health, but in the villages the problem is still transport. My husband [[Kiprop|PERSON]] is a [[software developer|JOB_TITLE]] at [[Safaricom|ORGANIZATION]] and he is more optimistic than me.

AI: Thank you, that's a very honest picture. Anything else before we finish?

User: Um, just if you need more, uh, my number is [[0712 480 355|PHONE_NUMBER|local_phone_format]], or email [[shiru dot kamau at gmail dot com|OBF_EMAIL|spelled_at_dot]]. I'm usually in the [[Kilimani|CITY]] office on [[Wednesdays|GENERIC_TIME]].""")

# 9. Japan - UX designer, Osaka - typed chat
T.append("""AI: Hello, thank you for participating. Could you tell me about your work?

User: Hello. Thank you for the invitation. I work as [[UI/UX designer|JOB_TITLE]] at a small design studio in [[Osaka|CITY]]. We make apps and websites for railway companies and some shops. I am from [[Kobe|CITY]] originally, foreigners always say 'like [[Kobe Bryant|PUBLIC_FIGURE]]!' haha. My English is not so good so sorry for mistakes.

AI: No need to apologise at all. Which tools do you use, and where does AI come in?

User: Main tool is [[Figma|SOFTWARE]]. For ideas I use [[Miro|SOFTWARE|product_named_like_person]] with the team, and recently [[Adobe Firefly|AI_PRODUCT]] for images of people in mock-ups, because stock photos of Japanese people are expensive. Also [[Notion AI|AI_PRODUCT]] to write meeting notes. [[My boss|GENERIC_ROLE]] does not like AI images, he says they look "uncanny". I agree a little.

AI: Could you describe a project where AI changed how you worked?

User: Last year we made the ticket app renewal for [[a railway client|GENERIC_ROLE]]. We did user interviews with [[elderly passengers|GENERIC_ROLE]] and I used [[ChatGPT|AI_PRODUCT]] to group the comments. It was fast. But it made some comments sound more negative than the original Japanese. So I checked all again by myself, it took the same time in the end.

AI: How do you feel about AI's effect on designers?

User: I feel a little scared. Junior designers now in [[Japan|COUNTRY]], the companies want them to use AI for everything. But design is about people, not only screens. I like the idea of [[Naoto Fukasawa|PUBLIC_FIGURE]], design without thought, it should feel natural. AI cannot feel the customer.

AI: Is there anything you avoid using AI for?

User: Anything with client data. We sign NDA. Also personal things. I never put my My Number or things like that. Once my colleague put the user test recording in a transcription tool and the participants names were inside, so now we have rule.

AI: Thank you very much. Is there anything else you'd like to share?

User: I think AI is a tool, like a pencil. Maybe I will use more in future. I hope companies in [[Asia|CONTINENT]] think carefully, not only copy [[San Francisco|CITY]]. Thank you for listening.""")

# 10. Egypt - senior accountant, Cairo - speech-to-text
T.append("""AI: Hello, welcome, and thank you for joining. Could you introduce yourself and your job?

User: Hello, thank you. My name is [[Mohamed Fathy Abdelaziz|PERSON]], I am [[senior accountant|JOB_TITLE]] at, um, [[El Nour Pharma|ORGANIZATION]], it's a pharmaceutical distributor. The head office is in [[Nasr City|CITY]] in [[Cairo|CITY]] and the warehouse is in [[6th of October|CITY|city_looks_like_date]], the city, not the date, (laughs). I'm, uh, [[thirty-four|AGE|number_words]]. Before that I was four years in audit at [[KPMG|ORGANIZATION|abbreviation]] and then at [[Hassan Allam|ORGANIZATION|org_looks_like_person]], the construction company.

AI: Thank you, [[Mohamed|PERSON]]. What does your day look like, and where does AI fit?

User: So, um, the ERP is [[Oracle|SOFTWARE]], and we do a lot in [[Excel|SOFTWARE]], big files, the reconciliation with the pharmacies. I use [[Copilot|AI_PRODUCT]] in [[Excel|SOFTWARE]] for formulas, and [[ChatGPT|AI_PRODUCT]] to write emails in English to the, uh, [[the auditors|GENERIC_ROLE]]. My manager, Mister [[Mach Mood|PERSON|misheard_name]], sorry it will write it wrong, [[Mahmoud|PERSON]], [[Mahmoud Saleh|PERSON]], he's the [[finance manager|JOB_TITLE]], he is not convinced. He says, uh, "[[Fathy|PERSON]], if the formula is wrong who goes to jail, you or the robot?"

AI: That's a memorable way to put it. Can you tell me about a time AI helped or went wrong?

User: Yes, um, during [[Ramadan|GENERIC_TIME]] the working hours are short and we had the closing, so I asked [[ChatGPT|AI_PRODUCT]] to help with a VAT reconciliation. It gave a nice table, but it used the old VAT rate, fourteen percent, not the current one. My colleague [[Yasmine|PERSON]] caught it. Then I also made a mistake, I uploaded a supplier statement that had the owner's national ID, [[two nine zero zero five one two zero one zero three four five six|NATIONAL_ID|spoken_digits]], because in [[Egypt|COUNTRY]] [[the small suppliers|GENERIC_ROLE]] are, uh, individuals, the ID is on everything.

AI: How does your company handle AI use now?

User: Honestly, no policy yet. IT, uh, Engineer [[Sherif|PERSON]] from IT, he blocked some websites, but [[ChatGPT|AI_PRODUCT]] is open. I think they will make a policy after the, um, the audit. I am studying for the CMA now, my candidate number is [[CMA-7719402|NATIONAL_ID|certificate_number]], and the study material says the profession will change a lot.

AI: How do you feel about that change, personally?

User: Mixed. I have two daughters, [[Malak|PERSON]] is [[eight|AGE|number_words]] and [[Salma|PERSON]] is [[five|AGE|number_words]], so I think about their future more than mine. My wife [[Noha|PERSON]] is a [[pharmacist|JOB_TITLE]] in [[Alexandria|CITY]] branch before, now she stopped. And everybody here is, uh, very proud of [[Mohamed Salah|PUBLIC_FIGURE]], and the kids think AI is like him, magic, (laughs). I finished [[Ain Shams University|SCHOOL]], commerce faculty, and in that time nobody imagined this.

AI: Thank you. Anything else you'd like to add?

User: Only that, um, for us in the Arab world the Arabic support is still weak for accounting terms. If you want to contact me, my mobile is [[zero one zero, nine two two four, eight one three seven|OBF_PHONE|spoken_digits]].""")

# 11. France - senior management consultant, Lyon - typed chat
T.append("""AI: Bonjour, and thanks for joining. Could you tell me a bit about your role?

User: bonjour! im [[Camille Rousseau|PERSON]], [[consultante senior|JOB_TITLE]] at [[Altéa Conseil|ORGANIZATION]], a strategy & operations boutique, about 80 ppl, office in [[Lyon|CITY]] (and a small one in [[Paris|CITY]]). [[33|AGE]] y.o., joined in [[septembre 2020|DATE]] after [[Sciences Po|SCHOOL]] and an internship at [[Capgemini|ORGANIZATION]]. mostly pharma and industry clients

AI: Thanks, [[Camille|PERSON]]. How does AI fit into consulting work for you?

User: a LOT now. desk research with [[Perplexity|AI_PRODUCT]], first drafts of slides with [[Copilot|AI_PRODUCT]] in [[PowerPoint|SOFTWARE]] (quite bad tbh), and we have an internal assistant on [[Mistral|AI_PRODUCT|product_named_like_word]] bc [[the partners|GENERIC_ROLE]] wanted "souveraineté" lol, french model for french data. [[my manager|GENERIC_ROLE]] [[Jean-Baptiste|PERSON]] aka [[JB|PERSON|nickname]] uses [[Le Chat|AI_PRODUCT]] for everything even his wedding speech

AI: Could you give a concrete example from a recent project?

User: sure. we had a mission for [[Laboratoires Verdier|ORGANIZATION|org_looks_like_person]] (a lab in [[Villeurbanne|CITY]]), reorganising their supply chain. i used the internal tool to summarise 40 interviews with their staff. it was fast but it mixed two people: M. [[Delorme|PERSON]], the [[directeur d'usine|JOB_TITLE]] (plant director), with a shift leader, and attributed a very critical quote to the wrong one. if that went in the deck to the CEO someone could have been fired

AI: That's a serious risk. How did you catch it?

User: luck. i remembered the interview bc M. [[Delorme|PERSON]] talked about his daughter the whole time lol. after that [[the partners|GENERIC_ROLE]] made a rule: every quote checked against the recording. the [[associé|JOB_TITLE]] in charge, [[Hélène Marchetti|PERSON]], is very strict now, she even asks us to log AI use in the timesheet

AI: Do you use AI for anything more personal or administrative?

User: hmm yes, i admit i asked [[ChatGPT|AI_PRODUCT]] to help with my carte vitale / mutuelle paperwork and i pasted my numéro de sécu [[2 91 03 69 123 045 27|NATIONAL_ID|id_like_phone]] without thinking. and to write a letter to my landlord about the heating, with my address [[14 rue de la Charité|ADDRESS]], [[Lyon|CITY]] 2e. my bf [[Théo|PERSON]] said im crazy

AI: How do you see the future of consulting with these tools?

User: honestly the junior work (benchmarks, desk research, formatting) is going away. we hired 3 analysts instead of 8 [[this year|GENERIC_TIME]]. [[Emmanuel Macron|PUBLIC_FIGURE]] talks about [[France|COUNTRY]] as AI champion and [[Arthur Mensch|PUBLIC_FIGURE]] is everywhere, but at our level it means less jobs for people from [[EM Lyon|SCHOOL]] like my little brother. anyway, if you want to continue the discussion: [[06 42 18 77 30|PHONE_NUMBER|local_phone_format]] or [[@camrousseau|SOCIAL_HANDLE]] on X""")

# 12. South Africa - operations manager, Durban - speech-to-text
T.append("""AI: Hi, thanks for joining. Could you tell me about yourself and your work?

User: Ja, hi. So I'm [[Sipho Dlamini|PERSON]], I'm an [[operations manager|JOB_TITLE]] at [[Umgeni Freight|ORGANIZATION]], we do warehousing and, um, transport, mostly for retail. Our DC is in [[Pinetown|CITY]], just outside [[Durban|CITY]]. I've been there since, uh, [[twenty seventeen|DATE|date_in_words]]. Before that I was at [[Transnet|ORGANIZATION]] at the port for about six years.

AI: Thanks, [[Sipho|PERSON]]. Who are your main clients, and where does AI come in?

User: So our biggest client is [[Mr Price|ORGANIZATION|org_looks_like_person]], the clothing retailer, and also [[Woolworths|ORGANIZATION]]. Um, AI comes in mostly with forecasting. We use [[Power BI|SOFTWARE]] and now it has [[Copilot|AI_PRODUCT]], and our [[planner|JOB_TITLE]], [[Thandeka|PERSON]], she uses it to, um, explain the volume spikes to the client. And I use [[ChatGPT|AI_PRODUCT]] a lot for, like, writing the incident reports, because, eish, I hate writing.

AI: Could you tell me about one of those incidents?

User: Ja, so last [[December|GENERIC_TIME]], peak season, we had a, um, a forklift accident. One of the guys, [[Bongani Mthembu|PERSON]], he hurt his hand. Nothing too serious. And I wrote the report with [[ChatGPT|AI_PRODUCT]] and I put everything in, his name, his ID number, [[eight five oh seven one two, five oh eight three, oh eight seven|NATIONAL_ID|spoken_digits]], the hospital, [[St Augustine's|ORGANIZATION|org_looks_like_person]]. And then the HR lady, Auntie [[Gloria|PERSON]], she said, "[[Sipho|PERSON]], you can't put the ID of a person into the internet". She was right, hey.

AI: How did the company respond?

User: Um, so the, our [[IT manager|JOB_TITLE]], [[Pieter van der Merwe|PERSON]], he did a, uh, a workshop about POPIA, that's our privacy law. And now we have a template in [[SharePoint|SOFTWARE]] that, um, fills the report without the personal details. [[Pieter|PERSON]] is a good guy, he's the one who, um, who set up [[EskomSePush|SOFTWARE]] alerts for the whole warehouse so we know when the load shedding comes, (laughs).

AI: How do you feel about AI and jobs in logistics?

User: I'm worried, honestly. In [[South Africa|COUNTRY]] unemployment is, um, it's very high. If the warehouse gets robots, my guys go home. The president, [[Cyril Ramaphosa|PUBLIC_FIGURE]], talks about the fourth industrial revolution since forever, but nobody talks about the guys on the floor. I'm [[thirty-nine|AGE|number_words]], I studied logistics at [[DUT|SCHOOL|abbreviation]], and I came up from the floor myself, so, ja.

AI: Thank you, that's a really important perspective. Anything else?

User: Just that, um, if someone wants to see the template, they can email me, [[sipho at umgenifreight dot co dot za|OBF_EMAIL|spelled_at_dot]], or, uh, call [[082 417 3390|PHONE_NUMBER|local_phone_format]]. I'm in [[Umhlanga|CITY]] on [[weekends|GENERIC_TIME]], with my kids, so not then, (laughs).""")

# 13. Vietnam - data analyst in retail, Ho Chi Minh City - typed chat
T.append("""AI: Hi, thanks for joining today. Could you tell me about yourself and your job?

User: hi, my name is [[Nguyễn Thị Thu Hà|PERSON]], at work everyone call me [[Hannah|PERSON|nickname]] or [[Thu Hà|PERSON]]. i am [[data analyst|JOB_TITLE]] at [[Sao Mai Retail|ORGANIZATION]], a chain of mini marts, we have ~300 stores in [[Ho Chi Minh City|CITY|city_named_like_person]] and [[Bình Dương|CITY]]. im [[28|AGE]], born [[12/05/1996|DATE]] in [[Da Nang|CITY]]. before this i worked at [[FPT Software|ORGANIZATION]] [[2018|DATE]]-[[2021|DATE]]. i graduated [[RMIT Vietnam|SCHOOL]]

AI: Thank you, [[Thu Hà|PERSON]]. What does your typical work involve?

User: sales dashboards, promotion analysis, loyalty program. data is in [[BigQuery|SOFTWARE]], dashboards in [[Looker Studio|SOFTWARE]]. [[Gemini|AI_PRODUCT]] is inside now so i ask it to write SQL. my leader anh [[Tuấn|PERSON]] ([[Head of Data|JOB_TITLE]]) encourage us to use it but he check every query. he says "AI is intern, you are the senior" haha

AI: Can you tell me about a time when AI helped, or didn't?

User: before [[Tết|GENERIC_TIME]] we had to predict demand for banh chung, mứt, beer... i used [[ChatGPT|AI_PRODUCT]] to explain the forecast to [[store managers|GENERIC_ROLE]] in simple vietnamese. very good. but one bad thing: to test a churn model i exported 50 loyalty members and asked [[chatgpt|AI_PRODUCT|lowercase]] to find pattern. inside was a real customer, [[Trần Văn Phúc|PERSON]], with phone [[0903 418 227|PHONE_NUMBER|local_phone_format]] and address [[45 Nguyễn Trãi|ADDRESS|street_named_like_person]], [[Quận 5|CITY]]. i only noticed after. chị [[Linh|PERSON]] from legal was not happy

AI: What happened after chị [[Linh|PERSON]] found out?

User: she made me write a report with my employee code [[SM-DA-0193|NATIONAL_ID|employee_number]] and now all analysts must use fake data generator. actually i asked AI to build the fake data generator lol. now [[Linh|PERSON]] and me are friends, we eat together on [[fridays|GENERIC_TIME|lowercase]]

AI: Do you use AI outside of work too?

User: yes for english and for admin things. i used [[chatgpt|AI_PRODUCT|lowercase]] to fill visa form for [[Japan|COUNTRY]] trip, and i typed my CCCD [[079196004512|NATIONAL_ID|id_like_phone]] in it, i know i know. my mom in [[Đà Nẵng|CITY]] uses [[Zalo|SOFTWARE]] AI stickers, she send me 20 per day. my boyfriend [[Khoa|PERSON]] is [[backend dev|JOB_TITLE]] at [[VNG|ORGANIZATION|abbreviation]] and he thinks analysts will disappear, we argue about it

AI: What's your own view on that question?

User: i think analysts who only make charts will disappear. analysts who understand business will survive. in [[Vietnam|COUNTRY]] companies are cost sensitive so they will try replace people fast. [[Jensen Huang|PUBLIC_FIGURE]] came to [[Hanoi|CITY]] and everyone got excited about AI. if your team want my dashboard examples (anonymized) email [[thuha.nguyen@saomai.vn|EMAIL_ADDRESS]]""")

# 14. Turkey - procurement specialist, Izmir - speech-to-text
T.append("""AI: Hello, and thanks for being here. Could you tell me about your job?

User: Hello, yes. So, um, I am [[Elif Yildirim|PERSON|missing_diacritics]], I am [[procurement specialist|JOB_TITLE]], satın alma uzmanı, at [[Ege Tekstil|ORGANIZATION]], a textile manufacturer. We are in [[İzmir|CITY]], and the factory is in [[Manisa|CITY]]. I work there since [[twenty sixteen|DATE|date_in_words]], after I graduated from [[Dokuz Eylül University|SCHOOL|school_looks_like_date]], business.

AI: Thank you, [[Elif|PERSON]]. Where does AI come into procurement for you?

User: Um, mostly three places. First, supplier emails, we buy from [[China|COUNTRY]] and [[India|COUNTRY]] and [[Italy|COUNTRY]], so I use [[ChatGPT|AI_PRODUCT]] to write polite but, uh, strong emails. Second, comparing offers, I put the quotes in [[Gemini|AI_PRODUCT]] and it makes a table. Third, our system is [[SAP Ariba|SOFTWARE]], and they added some AI features, but honestly nobody uses. My manager, [[Murat|PERSON]] Bey, he says AI is a fashion, it will pass.

AI: Could you describe a negotiation or purchase where AI played a role?

User: Yes, um, last [[autumn|GENERIC_TIME]] we negotiated cotton yarn with a supplier in [[Denizli|CITY]], the owner is [[Hakan|PERSON]] Bey, [[Hakan Özkaya|PERSON]]. I asked [[ChatGPT|AI_PRODUCT]] to prepare arguments with the, uh, the cotton prices. It was useful, but it used old prices. And, um, I uploaded his offer PDF, and the PDF had his tax number and his personal phone, so, uh, after I thought maybe that was not correct. His vergi number was [[four seven one, zero two two, eight eight three six|NATIONAL_ID|spoken_digits]], I remember because we use it every month.

AI: How does your company think about AI and data?

User: There is, um, no written policy. [[Ayşe|PERSON]] Hanım from IT, she sent one email saying do not upload contracts. That's all. In [[Turkey|COUNTRY]] we have KVKK, the data law, but in a medium company nobody reads it, (laughs). My colleague [[Can|PERSON|name_is_word]], he uploads everything. [[Can|PERSON|name_is_word]] is, uh, a good buyer but very relaxed.

AI: How do you feel about the future of your job?

User: Hmm. I am [[31|AGE]], I think I have time. But the young ones, [[the interns|GENERIC_ROLE]] from the university, the simple work is going away. My husband [[Emre|PERSON]] is a [[civil engineer|JOB_TITLE]] in [[Bursa|CITY]], we live apart during the week, and he says in construction nothing will change, (laughs). We watch [[Arda Güler|PUBLIC_FIGURE]] on the weekend and he says "even football has AI now", the VAR.

AI: Thank you. Is there anything you'd like to add?

User: Only that for Turkish language the AI is getting better, but for technical textile words it's still bad. If you want to contact me, my email is [[elif.yildirim [at] egetekstil.com.tr|OBF_EMAIL|bracket_at]], or my phone is, um, in Turkish, [[sıfır beş yüz otuz iki, dört yüz on sekiz, yirmi iki, on yedi|OBF_PHONE|other_language]].""")

# 15. Indonesia - social media manager, Jakarta - typed chat
T.append("""AI: Hi! Thank you for joining. Could you start by telling me about your work?

User: haii, im [[putri|PERSON|lowercase_name]] ([[Putri Ayu Lestari|PERSON]]), [[26|AGE]], [[social media manager|JOB_TITLE]] at [[Kopi Senja|ORGANIZATION|org_looks_like_word]], coffee chain with 40 outlets mostly in [[Jaksel|CITY|abbreviation]] and [[Depok|CITY]]. before that i was at [[Dentsu|ORGANIZATION]] for 2 yrs as [[copywriter|JOB_TITLE]]. i studied at [[Unpad|SCHOOL|abbreviation]] in [[Bandung|CITY]]

AI: Thanks, [[Putri|PERSON]]. How does AI fit into your social media work?

User: omg everywhere. captions with [[ChatGPT|AI_PRODUCT]], designs in [[Canva|SOFTWARE]] with [[Magic Write|AI_PRODUCT]], video cut in [[CapCut|SOFTWARE]] which has AI auto captions. we post on [[TikTok|SOFTWARE]] and [[Instagram|SOFTWARE]] [[every day|GENERIC_TIME]]. my boss bu [[Sri|PERSON]] ([[Sri Wahyuni|PERSON]], [[marketing director|JOB_TITLE]]) wants 3 tiktoks per day so without AI impossible lah

AI: Could you walk me through a campaign where AI played a big role?

User: [[Ramadan|GENERIC_TIME]] campaign [[this year|GENERIC_TIME]]! we did "ngabuburit bareng senja". i used [[chatgpt|AI_PRODUCT|lowercase]] for 30 caption ideas in bahasa gaul (slang) and it was kinda cringe, like bapak-bapak trying to be gen z haha. so i rewrote them. we worked with micro influencer [[Rina|PERSON]] ([[@rinarizkyy|SOCIAL_HANDLE]]), she has 80k followers, she hates AI captions lol so she wrote her own

AI: Have there been moments where AI made you uncomfortable?

User: yes. for the influencer contract i asked [[chatgpt|AI_PRODUCT|lowercase]] to make the draft and i pasted [[Rina|PERSON]]'s KTP data because finance needed it, her NIK [[3174055708950003|NATIONAL_ID]] and her address [[Jl. Kemang Raya No. 17|ADDRESS]], [[Jakarta Selatan|CITY]]. later mas [[Dimas|PERSON]] from legal told me never do that again, he was really mad. and also AI images of people in our ads, customers commented "ini AI ya?" and it became drama

AI: How do you see your job changing?

User: honestly scary. [[Lebaran|GENERIC_TIME]] [[last year|GENERIC_TIME]] my cousin lost her job as [[graphic designer|JOB_TITLE]] at an agency in [[Surabaya|CITY]] bc they use AI now. i think social media managers will survive if we are the "taste" person. my personal account is [[@putriayu.l|SOCIAL_HANDLE]] i post about this sometimes. [[Jokowi|PUBLIC_FIGURE]] made AI speeches in [[Indonesia|COUNTRY]] elections with deepfakes, so people here are confused what is real

AI: Thank you, [[Putri|PERSON]]. Anything else you'd like to add?

User: if ur team want to talk more just wa me [[0812 88 30 44 71|PHONE_NUMBER|odd_grouping]]. but not during office hours pls bu [[Sri|PERSON]] is watching hahaha""")

# 16. Argentina - tech recruiter, Cordoba - speech-to-text
T.append("""AI: Hola, and thank you for joining. Could you tell me about your work?

User: Hola! Okay, so, um, I'm [[Florencia Giménez|PERSON]], everyone calls me [[Flor|PERSON|name_is_word]]. I'm a [[tech recruiter|JOB_TITLE]], uh, [[senior talent acquisition partner|JOB_TITLE]] is the official title, at [[Talento Sur|ORGANIZATION]], it's a recruiting agency here in [[Córdoba|CITY]], [[Argentina|COUNTRY]]. [[Córdoba|CITY]] [[Argentina|COUNTRY]], not [[Spain|COUNTRY]], (laughs). We hire developers for, um, companies like [[Mercado Libre|ORGANIZATION|org_looks_like_word]] and for startups in [[the US|COUNTRY]].

AI: Thank you, [[Flor|PERSON|name_is_word]]. Where does AI come into recruiting for you?

User: Oh, everywhere now. Um, sourcing in [[LinkedIn Recruiter|SOFTWARE]], it has the AI search now. Then I use [[ChatGPT|AI_PRODUCT]] to write the, uh, the outreach messages and to make the job descriptions less boring. Some clients use [[HireVue|AI_PRODUCT]] for video interviews, and our ATS is [[Greenhouse|SOFTWARE|product_named_like_word]]. My boss, [[Martín|PERSON]], he wants us to do twice the candidates with the same people, so, um, AI is the only way.

AI: Could you share an example of a hire where AI made a difference?

User: Yes, so, um, there was a backend role for a fintech, and I had a candidate, [[Nicolás Ferreyra|PERSON]], really good, from [[Villa Carlos Paz|CITY|city_named_like_person]]. And the client's AI screening tool rejected him because his CV was in, um, a weird format, two columns. I called [[the hiring manager|GENERIC_ROLE]] and said "please look at this one". They hired him. So, uh, AI almost lost them the best candidate. But I also did something bad, I put his full CV in [[ChatGPT|AI_PRODUCT]] to make a summary, with his CUIL, [[veinte, treinta y cinco ocho siete siete cuatro uno dos, nueve|NATIONAL_ID|other_language]], and his birth date, [[fourth of July ninety-one|DATE|date_in_words]]. Everything.

AI: How did you feel when you realised that?

User: Um, bad. Then my colleague [[Rosario|PERSON|name_is_city]], who is actually from [[Rosario|CITY|city_named_like_person]], yes really, (laughs), she showed me how to use the company account with the privacy settings. She's the, uh, the [[people ops lead|JOB_TITLE]]. Now we remove the personal data first. It's more work, but, eh.

AI: How do you see the future of recruiting with AI?

User: I think, um, the candidates also use AI, so it's AI against AI. They write CVs with AI, we read with AI. It's absurd. My sister [[Sol|PERSON|name_is_word]] is [[twenty-four|AGE|number_words]], she's looking for her first job in marketing, and she sent like two hundred applications with AI and got, um, three answers. I'm [[thirty-three|AGE|number_words]], I started in [[twenty fifteen|DATE|date_in_words]] at [[Globant|ORGANIZATION]], and back then you just called people. Everybody here talks about [[Messi|PUBLIC_FIGURE]] and [[Javier Milei|PUBLIC_FIGURE]], and now also about AI, (laughs).

AI: Thank you, this was great. Anything else?

User: Um, if you want to reach me, my mail is [[flor punto gimenez arroba talentosur punto com punto ar|OBF_EMAIL|other_language]], or [[WhatsApp|SOFTWARE]], [[tres cinco uno, seis cuatro dos, nueve cero ocho siete|OBF_PHONE|other_language]]. I studied at the [[UNC|SCHOOL|abbreviation]], so if you have more studies with Argentinian people, I can pass it to my friends.""")

# 17. Italy - paralegal at a law firm, Milan - typed chat
T.append("""AI: Buongiorno, and thank you for taking part. Could you introduce yourself and your work?

User: buongiorno! im [[Giulia Esposito|PERSON]], [[33|AGE]], [[paralegal|JOB_TITLE]] (we say praticante / assistente legale) at [[Studio Legale Benedetti & Associati|ORGANIZATION|org_looks_like_person]] in [[Milano|CITY]], corporate and labour law. im originally from [[Napoli|CITY]], studied law at [[Federico II|SCHOOL|school_named_like_person]], moved to [[Milan|CITY]] in [[2017|DATE]]

AI: Thanks, [[Giulia|PERSON]]. How does AI fit into your work at the firm?

User: we just started. the firm pays for [[Harvey|AI_PRODUCT|product_named_like_person]] (yes the AI is called [[Harvey|AI_PRODUCT|product_named_like_person]] lol, like a colleague) for contract review, only partners and 2 of us have access. and for italian case law we try [[Lexroom|AI_PRODUCT]]. i also use [[ChatGPT|AI_PRODUCT]] for emails in english to [[foreign clients|GENERIC_ROLE]]. avv. [[Benedetti|PERSON]], the [[founding partner|JOB_TITLE]], is [[70|AGE]] and he still dictates letters to his [[secretary|JOB_TITLE]] [[Franca|PERSON]] who types them in [[Word|SOFTWARE]], so imagine

AI: It sounds like quite a mix of generations. Could you tell me about one task where AI helped or failed?

User: we had a dismissal case for a client, [[Fratelli Colombo|ORGANIZATION|org_looks_like_person]], a furniture company in [[Monza|CITY]]. i used [[Harvey|AI_PRODUCT|product_named_like_person]] to summarise the employment contracts. it was good, but it cited an article of the Jobs Act that was already changed by the Corte Costituzionale. the [[senior associate|JOB_TITLE]] avv. [[Marco Rinaldi|PERSON]] found it in 5 min and was not amused. the case is RG [[4471/2023|NATIONAL_ID|case_number]] at the tribunale, ok i shouldnt give that, whatever

AI: How careful do you have to be with personal data in these tools?

User: very, in theory. in practice... i once gave [[chatgpt|AI_PRODUCT|lowercase]] my own codice fiscale [[SPSGLI91C52F839K|NATIONAL_ID]] to fill a form for my mortgage, and my birthday [[12 marzo 1991|DATE|date_in_words]] bc it asked. my boyfriend [[Lorenzo|PERSON]] is [[cybersecurity analyst|JOB_TITLE]] at [[Intesa Sanpaolo|ORGANIZATION]] and he almost cried. the firm has a DPO now, dott.ssa [[Ferri|PERSON]], she sent a 20 page policy in [[ferragosto|GENERIC_TIME|lowercase]] when nobody was there haha

AI: How do you feel about AI's impact on legal careers?

User: worried for people like me honestly. paralegals do research and first drafts, exactly what AI does. [[Giorgia Meloni|PUBLIC_FIGURE]] talks about AI law and protecting jobs but in [[Italy|COUNTRY]] law firms are small and they will just hire less. my plan is to pass the esame di avvocato, im trying again in [[dicembre|GENERIC_TIME|lowercase]]

AI: Thank you, [[Giulia|PERSON]]. Anything else you'd like to add?

User: just that AI is very bad with italian bureaucratic language lol. if u need anything my pec is [[g.esposito@pec.studiobenedetti.it|EMAIL_ADDRESS]] (dont spam pls)""")

# 18. Ghana - relationship officer at a bank, Kumasi - speech-to-text
T.append("""AI: Hello, thank you for joining. Could you tell me about yourself and your role?

User: Yes, good afternoon. My name is [[Kwabena Owusu-Ansah|PERSON]], um, I'm a [[relationship officer|JOB_TITLE]], SME banking, at [[GCB Bank|ORGANIZATION]], the [[Adum|CITY]] branch in [[Kumasi|CITY]]. I'm [[twenty-seven|AGE|number_words]]. I did my first degree at [[KNUST|SCHOOL|abbreviation]], and then I was at [[Ecobank|ORGANIZATION]] in [[Accra|CITY]] for two years before I moved back home.

AI: Thank you, [[Kwabena|PERSON]]. How does AI show up in your work?

User: Hmm, officially, um, not much. The core banking is [[Finacle|SOFTWARE]], no AI there. But, eh, personally I use [[ChatGPT|AI_PRODUCT]] for the credit memos, the loan proposals, to make the English nice. And [[Copilot|AI_PRODUCT]] came with the new laptops. My branch manager, Mrs. [[Comfort Adjei|PERSON|name_is_word]], she's, um, she's [[Comfort|PERSON|name_is_word]] to everyone, she says I'm the AI boy, (laughs).

AI: Can you tell me about a specific loan or client where you used it?

User: Yes, um, there's a trader in [[Asafo|CITY]] market, Auntie [[Gift|PERSON|name_is_word]], she sells, uh, cloth, wax prints. She wanted fifty thousand cedis for stock before Christmas. I wrote her credit memo with [[ChatGPT|AI_PRODUCT]], and I put her details, her ID card, [[G H A, seven two four four one nine zero three eight, six|NATIONAL_ID|spoken_digits]], her account number, [[one zero four one, two two three zero, eight eight seven one, zero two|NATIONAL_ID|id_like_phone]], everything, because I just copied from the form. And the memo came out very nice, [[the credit committee|GENERIC_ROLE]] approved.

AI: Did you have any concerns about putting her details in?

User: At that time, no. Later, um, we had a compliance training from head office, from Mr. [[Yaw Boateng|PERSON]], he's the [[data protection officer|JOB_TITLE]], and he showed us examples, and I said, chai, that's me. So now I replace with "client A". My colleague [[Kofi|PERSON]] laughed at me, but he does the same thing with his memos, (laughs). [[Kofi|PERSON]] is the one who told me about [[ChatGPT|AI_PRODUCT]] in the first place.

AI: How do you feel about AI's future in banking in [[Ghana|COUNTRY]]?

User: Um, I'm positive. In [[Ghana|COUNTRY]] a lot of the small businesses, they can't write a business plan, so AI can help them. [[Kofi Annan|PUBLIC_FIGURE]] used to say, um, something about technology and development, I don't remember exactly, (laughs). But the risk is the fraud, the [[MoMo|SOFTWARE]] fraud is already crazy, with AI voices it will be worse. My mother [[Nana Yaa|PERSON]], she got a call that sounded like my uncle asking for money on [[MoMo|SOFTWARE]].

AI: That's worrying. Thank you for sharing all this. Anything else?

User: Just that, um, if anyone from the study wants to talk again, they can call me on [[zero two four, four one two, three three five six|OBF_PHONE|spoken_digits]] or email [[kwabena dot owusu-ansah at gmail dot com|OBF_EMAIL|spelled_at_dot]]. God bless.""")

# 19. Spain - product manager at a startup, Valencia - typed chat
T.append("""AI: Hola, thanks for joining. Could you tell me about yourself and what you do?

User: hola! so im [[Álvaro Ruiz Cañete|PERSON]], [[36|AGE]], [[senior product manager|JOB_TITLE]] at [[Naranja Labs|ORGANIZATION|org_looks_like_word]], we make a booking app for physios and small clinics. office is in [[Russafa|CITY]], [[Valencia|CITY]]. before this i was at [[Mercadona|ORGANIZATION]] tech team from [[2016|DATE]] to [[2020|DATE]], and a short time at [[Glovo|ORGANIZATION]] in [[Barcelona|CITY]]. studied telecom at [[UPV|SCHOOL|abbreviation]] and an MBA at [[IE Business School|SCHOOL]] in [[Madrid|CITY]]

AI: Thanks, [[Álvaro|PERSON]]. Where does AI fit into your product work?

User: pretty much [[every day|GENERIC_TIME]]. [[Claude|AI_PRODUCT|product_named_like_person]] for writing PRDs and user stories, i paste the notes and ask for edge cases. [[Dovetail|SOFTWARE]] for user research, it tags the interviews automatically. and for prototypes we use [[Lovable|AI_PRODUCT|product_named_like_word]] and [[v0|AI_PRODUCT]] now, i can show [[the devs|GENERIC_ROLE]] a clickable thing in 1 hour instead of a week. tickets in [[Jira|SOFTWARE]], docs in [[Confluence|SOFTWARE]], analytics in [[Amplitude|SOFTWARE]]

AI: Could you tell me about a specific feature where AI changed how you worked?

User: yes the reminders feature for no-shows. i interviewed 12 physios, one of them [[Amparo Llorens|PERSON|name_is_word]] from a clinic in [[Alicante|CITY]], super nice, she gave me her patients' no-show list as example... with names and phones. i put it in [[Claude|AI_PRODUCT|product_named_like_person]] to find patterns and THEN realised it had health data. our [[tech lead|JOB_TITLE]] [[Nerea|PERSON]] told me to delete the conversation immediately. [[Amparo|PERSON|name_is_word]] never knew lol

AI: How do you and your team handle data now?

User: we have a rule: only synthetic data in external tools. [[Nerea|PERSON]] built a little script that replaces names with fake ones. funny thing, the first version also replaced [[Rosalía|PUBLIC_FIGURE]] in a marketing text bc it thought she was a patient hahaha. also our [[CTO|JOB_TITLE|abbreviation]] [[Pepe|PERSON|nickname]] ([[José Manuel Soler|PERSON]]) signed a DPA with [[Anthropic|ORGANIZATION]] so now we are more relaxed with the company account

AI: Do you think AI is changing the role of product managers?

User: a lot. junior PMs are mostly doing what AI does now: writing tickets, summarising. my friend [[Inma|PERSON|nickname]] is [[product owner|JOB_TITLE]] at a bank in [[Madrid|CITY]] and they removed 4 PO positions in her area. i think PMs who talk to users survive. in [[Spain|COUNTRY]] startups copy [[the US|COUNTRY]] model 2 years later, so we will see

AI: Thank you. Is there anything else you'd like to add?

User: yes, something personal: i used AI to write the complaint to my landlord, with my DNI [[48392017L|NATIONAL_ID]] and the address [[Carrer de Sueca 42|ADDRESS]], 3ª, [[Valencia|CITY]], because the contract is in valencian and i dont read it well. worked great. i write about product stuff at [[alvaroruizpm.substack.com|URL]] and if the team wants to talk, [[+34 612 48 90 33|PHONE_NUMBER]]. but not during [[las Fallas|GENERIC_TIME]], impossible to hear anything haha""")

# 20. Pakistan - payroll officer at a manufacturer, Lahore - speech-to-text
T.append("""AI: Assalam-o-alaikum, and thank you for joining. Could you tell me about your work?

User: Walaikum assalam. Thank you. My name is [[Muhammad Usman Tariq|PERSON]], um, [[Who's Man|PERSON|misheard_name]], no, sorry, the system is writing it wrong, [[Usman|PERSON]]. I am [[payroll officer|JOB_TITLE]] at [[Packages Limited|ORGANIZATION|org_looks_like_word]], in [[Lahore|CITY]]. It's, um, a packaging company, yes, the name is [[Packages|ORGANIZATION|org_looks_like_word]], (laughs), everybody gets confused. I am working there since [[two thousand nine|DATE|date_in_words]], so it's a long time. I am [[forty-one|AGE|number_words]] now.

AI: Thank you, [[Usman|PERSON]]. What does payroll work look like, and where does AI come in?

User: So we have, um, around three thousand employees, [[factory workers|GENERIC_ROLE]] and staff. The system is [[Oracle HCM|SOFTWARE]], and a lot of, uh, [[Excel|SOFTWARE]]. AI, um, I started using [[ChatGPT|AI_PRODUCT]] [[last year|GENERIC_TIME]] for [[Excel|SOFTWARE]] formulas, the, uh, the tax slabs change every budget and the formulas are very long. And my daughter showed me [[Meta AI|AI_PRODUCT]] inside [[WhatsApp|SOFTWARE]], so sometimes I ask there also, (laughs). My manager, [[Rana|PERSON|name_or_title]] sahib, [[Rana Shahid Iqbal|PERSON]], he is [[Head of HR Operations|JOB_TITLE]], he doesn't know about this.

AI: Could you describe a time AI helped you, or caused a problem?

User: Yes, um, one time, it was before [[Eid|GENERIC_TIME]], we have to pay the bonus early, and there was an employee, [[Noor Fatima|PERSON|name_is_word]], from quality department, her tax deduction was wrong for three months. So I copied her payslip into [[ChatGPT|AI_PRODUCT]] to find the mistake. And it found it, the, um, the exemption was missing. But I copied everything, her CNIC, [[three five two zero two, four four one seven eight nine three, five|NATIONAL_ID|spoken_digits]], her bank account, her salary. My colleague [[Ayesha|PERSON]] said, "[[Usman|PERSON]] bhai, this is not safe". She was right.

AI: How does your company handle AI and personal data?

User: There is, um, a policy from IT, from the head office in [[Gulberg|CITY]], but it is more about email and USB. Nothing specific for AI. [[Bilal|PERSON]] from IT, he said they will make one. In [[Pakistan|COUNTRY]] the data law is still, um, not passed fully. So people are doing whatever they want. I told my team, no CNIC, no account number in [[ChatGPT|AI_PRODUCT]].

AI: How do you feel about AI and the future of payroll jobs?

User: Um, I think, uh, payroll will be automatic one day. But in [[Pakistan|COUNTRY]] the rules change every year, every budget, so a human is needed. My son is [[seventeen|AGE|number_words]], he wants to do computer science at [[LUMS|SCHOOL|abbreviation]], I tell him, beta, do AI, not accounts, (laughs). I did my B.Com from [[Punjab University|SCHOOL]] and ICMA, and in that time we did everything on paper. Everybody is talking about [[Babar Azam|PUBLIC_FIGURE]] and cricket, and I am talking about [[ChatGPT|AI_PRODUCT]], my friends think I am crazy.

AI: Thank you for sharing. Anything else you'd like to add?

User: Only that, um, Urdu support is still weak. If you want to contact me, my number is [[zero three zero zero, eight four one, double two seven three|OBF_PHONE|spoken_digits_double]], and I live in [[Model Town|CITY]], so evening after seven is better.""")

# 21. Ukraine - localization project manager, Lviv - typed chat
T.append("""AI: Hello, and thank you for taking part. Could you tell me about yourself and your work?

User: hi) im [[Oksana Melnyk|PERSON]], [[30|AGE]], [[localization project manager|JOB_TITLE]] at [[Slovo Localization|ORGANIZATION]], we translate games and apps from english into ukrainian, polish and like 20 other languages. i live in [[Lviv|CITY]] now, before [[February 2022|DATE]] i was in [[Kharkiv|CITY]]. before [[Slovo|ORGANIZATION]] i worked at [[Grammarly|ORGANIZATION|product_as_employer]] in [[Kyiv|CITY]] office as [[language specialist|JOB_TITLE]] [[2019|DATE]]-[[2022|DATE]]. studied philology at [[Karazin University|SCHOOL|school_named_like_person]]

AI: Thank you, [[Oksana|PERSON]]. How does AI fit into localization work?

User: it completely changed it in 2 years. we use [[Crowdin|SOFTWARE]] and [[Phrase|SOFTWARE|product_named_like_word]] as TMS, and machine translation with [[DeepL|AI_PRODUCT]] and [[GPT-4o|AI_PRODUCT]]. now [[the translators|GENERIC_ROLE]] mostly do post-editing, not translation. i still use [[Grammarly|AI_PRODUCT]] for my own english emails, ironic haha. my boss [[Taras|PERSON]] ([[Taras Hnatiuk|PERSON]], [[COO|JOB_TITLE]]) wants 80% MT by end of year

AI: Can you describe a project where AI made a real difference, good or bad?

User: a mobile game with 40k words, deadline 5 days. with MT + post editing we did it. but the AI translated jokes literally, and in the credits it translated the name of our voice actress [[Nadiia Kovalenko|PERSON]] into "[[Hope Kovalenko|PERSON|translated_name]]" lol ([[Nadiia|PERSON]] means hope). our [[reviewer|JOB_TITLE]] [[Dima|PERSON|nickname]] found 300 inconsistencies, and the client from [[Kraków|CITY]] complained. the game is fiction but the credits are real people

AI: What about [[the translators|GENERIC_ROLE]]' side - how do they feel?

User: bad. many of our freelancers lost 50% income. my friend [[Iryna|PERSON]] is [[freelance translator|JOB_TITLE]] since [[2012|DATE]], now she drives [[Bolt|SOFTWARE]] on weekends. and the rates are dropping everywhere in [[Europe|CONTINENT]]. her profile is [[proz.com/profile/3318842|URL]] if someone needs a really good human translator, seriously

AI: Do you use AI for anything personal?

User: yes for paperwork. displaced person registration, tax stuff. i pasted my RNOKPP (tax number) [[3245108796|NATIONAL_ID|id_like_phone]] into [[chatgpt|AI_PRODUCT|lowercase]] once to fill a form in english for a grant, which is probably dumb. also my mom is [[63|AGE]] and still in [[Kharkiv|CITY]], i use AI to translate her medical documents for a clinic in [[Poland|COUNTRY]]

AI: Thank you for sharing so openly. Is there anything else you want to say?

User: only that [[Ukraine|COUNTRY]] has a lot of tech people and AI is both a chance and a threat for us. [[Zelensky|PUBLIC_FIGURE]] talks about digital state, [[Diia|SOFTWARE]] app etc, its cool. if u want to reach me telegram [[@oksana_mlnk|SOCIAL_HANDLE]] or [[+380 67 214 58 09|PHONE_NUMBER]]""")

# 22. Sweden - IT service desk team lead, Gothenburg - speech-to-text
T.append("""AI: Hi, thanks for joining. Could you start by telling me about your role?

User: Yes, hi. So, um, I'm [[Johanna Lindqvist|PERSON]], I'm the [[service desk team lead|JOB_TITLE]] at [[Hisingen Energi|ORGANIZATION]], it's a, uh, a regional energy company in [[Gothenburg|CITY]], or [[Göteborg|CITY]] as we say. I have, um, nine people in my team. I've been there since [[twenty twenty|DATE|date_in_words]], before that I was at [[Volvo Cars|ORGANIZATION]] in IT support for, uh, a long time.

AI: Thanks, [[Johanna|PERSON]]. What does your team use AI for?

User: So our ticket system is [[ServiceNow|SOFTWARE]], and we got [[Now Assist|AI_PRODUCT]] [[this year|GENERIC_TIME]], which, um, summarises tickets and suggests answers. And everybody has [[Copilot|AI_PRODUCT]] in [[Teams|SOFTWARE]] now. My, um, my colleague [[Per|PERSON|name_is_word]], [[Per Sandberg|PERSON]], he's the one who set it up, he's our [[ServiceNow admin|JOB_TITLE]]. [[Per|PERSON|name_is_word]] is very, uh, enthusiastic, (laughs). And [[Jocke|PERSON|nickname]] in my team uses it for writing knowledge articles.

AI: Could you give me an example of AI helping or not helping on the service desk?

User: Mm, yeah. So, um, there was a case with a, a user from the finance department who got locked out, [[Sten Ahlgren|PERSON]], he's, um, quite senior, [[sixty-two|AGE|number_words]] I think, and the AI suggested reset steps for, uh, a different MFA app. He got very angry. And then when I looked at the ticket summary, the AI had put in his personnummer, [[six two zero four one one, dash, three three nine eight|NATIONAL_ID|spoken_digits]], because he had written it in the ticket himself to prove who he was. So, um, now we mask that field.

AI: How do you and the company handle data protection with these tools?

User: Um, we are quite strict, it's, uh, critical infrastructure, energy. We have a [[CISO|JOB_TITLE|abbreviation]], [[Björn|PERSON]], he says nothing leaves [[Sweden|COUNTRY]], or at least the EU, so [[Copilot|AI_PRODUCT]] is configured for the EU data boundary. And, um, [[the users|GENERIC_ROLE]] are told not to put personal data in tickets, but they do it anyway. Like I, myself, I once wrote my own personnummer in a test ticket, [[eight seven zero nine two three, four four one two|NATIONAL_ID|spoken_digits]], it's, um, it's very Swedish, we give it to everyone, (laughs).

AI: How do you feel about AI and the future of service desk work?

User: Hm. I think the first line will shrink a lot. Password resets, that's automatic already. But, um, people still call when they're stressed, and then they want a human. I'm, uh, [[thirty-seven|AGE|number_words]], I studied at [[Chalmers|SCHOOL|school_named_like_person]] but I never finished, (laughs), and I worry for the young ones who start in support like I did. My partner [[Linnea|PERSON]] works as a [[nurse|JOB_TITLE]] at [[Sahlgrenska|ORGANIZATION|org_looks_like_person]] and she thinks they'll never replace her, and she's probably right.

AI: Thank you. Is there anything else you'd like to add?

User: Um, only that, uh, everybody talks about [[Daniel Ek|PUBLIC_FIGURE]] and the tech companies, but most of [[the IT people|GENERIC_ROLE]] in [[Europe|CONTINENT]] are in normal companies like ours. If you want to follow up, my email is [[johanna.lindqvist@hisingenenergi.se|EMAIL_ADDRESS]], or phone [[oh seven oh, two one four, fifty-five, twelve|OBF_PHONE|spoken_digits]]. I live in [[Mölndal|CITY]], so, uh, I'm in the office on [[Mondays|GENERIC_TIME]] and [[Thursdays|GENERIC_TIME]].""")

# 23. Colombia - brand designer at an agency, Medellin - typed chat
T.append("""AI: Hola! Thank you for joining. Could you tell me about yourself and your work?

User: holaa, im [[Valentina Restrepo|PERSON]] but everyone says [[Vale|PERSON|nickname]], [[27|AGE]], [[diseñadora de marca|JOB_TITLE]] (brand designer) at [[Estudio Nido|ORGANIZATION]], small agency in [[El Poblado|CITY]], [[Medellín|CITY]]. i studied graphic design at [[UPB|SCHOOL|abbreviation]] and graduated [[2019|DATE]]. we do branding for restaurants, coffee brands, some banks

AI: Thanks, [[Vale|PERSON|nickname]]. How does AI fit into design work for you?

User: ufff a lot and i have mixed feelings. moodboards with [[Midjourney|AI_PRODUCT]], mockups with [[Generative Fill|AI_PRODUCT]] in [[Photoshop|SOFTWARE]], vectors still by hand in [[Illustrator|SOFTWARE]]. for presentations [[Figma|SOFTWARE]]. [[my boss|GENERIC_ROLE]] don [[Hernán|PERSON]] ([[Hernán Zuluaga|PERSON]], [[creative director|JOB_TITLE]]) loves AI bc it makes us faster, and [[the clients|GENERIC_ROLE]] want more options for the same price

AI: Could you tell me about a project where AI played a role?

User: yes! we pitched for a packaging redesign for a coffee brand, competing with agencies from [[Bogotá|CITY]]. the brand is like [[Juan Valdez|ORGANIZATION|org_looks_like_person]] style (not [[Juan Valdez|ORGANIZATION|org_looks_like_person]] itself lol) and i made 40 concepts in 2 days with [[Midjourney|AI_PRODUCT]]. we won. but then the client asked for the "farmer photo" from one concept and the AI person looked exactly like a real farmer from [[Huila|CITY]] that my colleague [[Mafe|PERSON|nickname]] photographed [[last year|GENERIC_TIME]], a lady called [[Esperanza|PERSON|name_is_word]]. super weird coincidence

AI: That sounds unsettling. What did your team do?

User: we hired [[Esperanza|PERSON|name_is_word]] for the real photo shoot, paid her properly, [[Mafe|PERSON|nickname]] did the photos. i prefer that honestly. for the contract i needed her cédula, [[1.036.654.321|NATIONAL_ID]], and i put it in [[chatgpt|AI_PRODUCT|lowercase]] to generate the model release form, and [[Hernán|PERSON]] told me off

AI: How do you see the future of design with AI?

User: scary for juniors. the simple stuff (social posts, banners) is gone. designers in [[Colombia|COUNTRY]] worked a lot for clients in [[the US|COUNTRY]] on freelance platforms and that is dying. but i think taste and culture are still human. [[Fernando Botero|PUBLIC_FIGURE]] could never be AI haha. my portfolio is [[behance.net/valerestrepo|URL]] and insta [[@vale.restrepo.design|SOCIAL_HANDLE]] if u want to see

AI: Thank you, [[Vale|PERSON|nickname]]. Anything else to add?

User: only that i live in [[Envigado|CITY]] with my mom and she thinks i do "drawings with the computer" lol. she's [[58|AGE]] and now uses [[ChatGPT|AI_PRODUCT]] for recipes. if you need me, [[whatsapp|SOFTWARE|lowercase]] [[300 782 1456|PHONE_NUMBER|local_phone_format]]""")

# 24. Bangladesh - merchandiser at a garment exporter, Dhaka - speech-to-text
T.append("""AI: Hello, and thank you for joining. Could you tell me about yourself and your job?

User: Hello, thank you. I am [[Tanvir Ahmed Chowdhury|PERSON]], um, [[senior merchandiser|JOB_TITLE]] at [[Meghna Apparels|ORGANIZATION]]. We make, uh, knitwear, T-shirts, polo shirts, for European buyers. Our office is in [[Uttara|CITY]], in [[Dhaka|CITY]], and the factory is in [[Gazipur|CITY]]. I am [[thirty-two|AGE|number_words]]. I joined in [[twenty fourteen|DATE|date_in_words]] after I finished at [[BUFT|SCHOOL|abbreviation]], the fashion university.

AI: Thank you, [[Tanvir|PERSON]]. What does a merchandiser do day to day, and where does AI fit in?

User: So, um, merchandiser is like, between [[the buyer|GENERIC_ROLE]] and the factory. Costing, sampling, the, uh, the time and action plan, shipment. All in [[Excel|SOFTWARE]] and email. Our main buyers are [[H&M|ORGANIZATION]] and [[Primark|ORGANIZATION]]. Now I use [[ChatGPT|AI_PRODUCT]] to write emails to the buyers, because they are very, um, particular about tone. For example the [[H&M|ORGANIZATION]] buyer, [[Anna-Karin|PERSON]], she is in [[Stockholm|CITY]], she writes very short emails and I don't know if she is angry or not, (laughs). So I ask [[ChatGPT|AI_PRODUCT]], is she angry?

AI: That's a very human use of it. Can you tell me about a specific order where AI helped or caused trouble?

User: Yes, um, [[last season|GENERIC_TIME]] there was a delay because of, uh, the port in [[Chattogram|CITY]], you know, [[Chittagong|CITY]]. I needed to write a delay letter with the, uh, penalty negotiation. I used [[Gemini|AI_PRODUCT]] and it was very good, very polite. But, um, for the costing, it made a mistake with the, uh, the fabric consumption, the GSM. If my [[GM|JOB_TITLE|abbreviation]], [[Rahman|PERSON]] sir, if he didn't check, we would lose money. [[Rahman|PERSON]] sir, [[Mizanur Rahman|PERSON]], he is [[general manager|JOB_TITLE]], very experienced, he says "[[Tanvir|PERSON]], machine doesn't know cotton".

AI: How do you think about personal data when using these tools?

User: Hmm, honestly, um, I didn't think much before. One time I gave [[ChatGPT|AI_PRODUCT]] my own, uh, TIN certificate to help me with the income tax return, my TIN is [[four four one seven, zero eight two nine, three three six one|NATIONAL_ID|id_like_phone]], and my NID also, [[nine nine one, four seven two, six six zero one|NATIONAL_ID|spoken_digits]]. Then my colleague, [[Shirin|PERSON]] apa, she said, "you are giving your whole life to the American company", (laughs). Also the, um, the worker lists for the audits, with names and ID cards, those I never put. Compliance is very strict after, uh, after the factory accidents.

AI: How do you feel about AI and the future of the garment industry here?

User: Um, it is a big worry. [[Bangladesh|COUNTRY]], our economy is, uh, garments. Four million workers. If buyers use AI for design and, uh, automation in the factory, many people lose jobs, mostly women. My sister [[Nasrin|PERSON]] is a [[line supervisor|JOB_TITLE]] in a factory in [[Ashulia|CITY]]. [[Muhammad Yunus|PUBLIC_FIGURE]] talks about social business, but for AI, nobody has a plan. For me, merchandiser, I think the relationship is still human. [[The buyers|GENERIC_ROLE]] still come to visit, they want to see you.

AI: Thank you. Is there anything else you would like to add?

User: Only that, um, Bangla is not good in these tools yet. And internet here is sometimes slow. If you want to talk again, my mobile is [[zero one seven one one, double four, double seven, three two one|OBF_PHONE|spoken_digits_double]], or email [[tanvir dot chowdhury at meghnaapparels dot com|OBF_EMAIL|spelled_at_dot]]. After [[Eid|GENERIC_TIME]] is better, before [[Eid|GENERIC_TIME]] we are very busy with shipments.""")

# 25. Romania - customer support team lead at a SaaS company, Cluj-Napoca - typed chat
T.append("""AI: Hi, and thanks for joining. Could you tell me about yourself and your job?

User: hi! im [[Andreea Pop|PERSON]], [[customer support team lead|JOB_TITLE]] at [[Fluxio|ORGANIZATION]], a SaaS for invoicing, our customers are small businesses in [[Europe|CONTINENT]] and some in [[North America|CONTINENT]]. im in [[Cluj-Napoca|CITY]], the company is US-registered but most of the team is here in [[Cluj|CITY]]. before i was at [[Endava|ORGANIZATION]] for 3 yrs. im [[30|AGE]], studied languages at [[Babeș-Bolyai|SCHOOL|school_named_like_person]]

AI: Thanks, [[Andreea|PERSON]]. How does AI fit into customer support at [[Fluxio|ORGANIZATION]]?

User: haha it IS customer support now. we use [[Intercom|SOFTWARE]] and their AI agent [[Fin|AI_PRODUCT|product_named_like_person]] answers like 60% of tickets. people think [[Fin|AI_PRODUCT|product_named_like_person]] is a real guy, some customers ask "can i talk to [[Fin|AI_PRODUCT|product_named_like_person]]'s manager" lol. my team (7 ppl) handles the escalations. i use [[ChatGPT|AI_PRODUCT]] to write macros and [[Loom|SOFTWARE]] for video answers. [[my manager|GENERIC_ROLE]] is in [[Austin|CITY|city_named_like_person]], [[Brandon|PERSON]], very data driven, he looks at deflection rate every [[monday|GENERIC_TIME|lowercase]]

AI: Could you walk me through a ticket where AI got it wrong?

User: sure. a german customer, [[Linda Hoffmann|PERSON]] from a small brewery [[Brauhaus Keller|ORGANIZATION|org_looks_like_person]], asked how to cancel and get a refund. [[Fin|AI_PRODUCT|product_named_like_person]] told her the refund is automatic (its not) and she waited 2 weeks. then she wrote a very angry email, ticket [[#48213|NATIONAL_ID|case_number]], with her VAT number and her personal mobile in the signature. my colleague [[Ionuț|PERSON]] handled it, we refunded + 3 months free. [[Brandon|PERSON]] said "the bot is still net positive". ok [[Brandon|PERSON]]

AI: How do you and your team feel about the AI handling so many tickets?

User: mixed. the boring questions are gone which is nice. but we were 12 and now 7, nobody was fired, they just didnt replace people who left. [[Vlad|PERSON]] (not the vampire one lol) moved to QA, [[Ioana|PERSON]] went to [[UiPath|ORGANIZATION]]. i think in 2 yrs support = people who train the bot. in [[Romania|COUNTRY]] a lot of jobs are outsourced support, so if AI does it, [[Cluj|CITY]] will feel it

AI: Do you use AI outside work, for personal things?

User: yes for bureaucracy, romanian bureaucracy is a sport. i asked [[chatgpt|AI_PRODUCT|lowercase]] to help me with a letter to [[ANAF|ORGANIZATION|abbreviation]] (tax office) and i put my CNP [[2940718125793|NATIONAL_ID]] and my address [[Str. Observatorului 112|ADDRESS]], ap. 14, [[Cluj-Napoca|CITY]]. my bf [[Florin|PERSON]] works in cybersecurity and he made a face. also my grandma in [[Bistrița|CITY]] is [[81|AGE]] and she thinks [[chatgpt|AI_PRODUCT|lowercase]] is a person in [[America|COUNTRY]] who answers very fast

AI: Thank you, [[Andreea|PERSON]]. Is there anything you'd like to add?

User: no that was fun. if u want to continue, [[andreea.pop(at)fluxio(dot)io|OBF_EMAIL|parenthesis_at_dot]] or [[0722 418 306|PHONE_NUMBER|local_phone_format]]. and [[Simona Halep|PUBLIC_FIGURE]] is still the best, that has nothing to do with AI but i had to say it""")

write_set(T, "set_cf")
