import sys, re
from markup import write_set, build
T = []

# 1 Kenya, insurance claims
T.append("""AI: Thanks for making time today. To start, could you tell me a little about yourself and the work you do?

User: Sure. I'm [[Wanjiru Kamau|PERSON]], I'm [[36|AGE]], and I work as a [[claims officer|JOB_TITLE]] at [[Savanna Mutual Assurance|ORGANIZATION]] here in [[Nairobi|CITY]]. I've been there since [[2017|DATE]], mostly motor and medical claims. I sit in the [[Upper Hill|CITY]] office. My day is reading assessor reports, checking invoices from hospitals, and calling clients who are, honestly, often upset.

AI: How did AI first come into that work?

User: It was my [[team lead|GENERIC_ROLE]], [[Otieno|PERSON]], who pushed it. In [[March 2023|DATE]] he came back from a training in [[Johannesburg|CITY]] and told us, "guys, we are going to try [[ChatGPT|AI_PRODUCT]] for the customer letters." At first I thought it was a toy. But the letters we send when we decline a claim are very sensitive, and I used to spend maybe forty minutes on one. Now I give it the facts without the names and it gives me a draft in a softer tone, then I fix the policy clauses myself. The no-names rule came after one incident. A [[colleague|GENERIC_ROLE]], I won't say who, pasted a whole medical report with the member number into it. Our [[compliance officer|JOB_TITLE]], [[Faith Achieng|PERSON]], nearly fainted. She ran a whole session on the Data Protection Act after that. Now we are only supposed to use [[Copilot|AI_PRODUCT]] inside [[Outlook|SOFTWARE]] and [[Teams|SOFTWARE]], because IT says the data stays in our own tenant.

AI: And does [[Copilot|AI_PRODUCT]] do the same job that [[ChatGPT|AI_PRODUCT]] did for you?

User: Not exactly. [[Copilot|AI_PRODUCT]] is better at summarising long email chains, like when [[Aga Khan University Hospital|ORGANIZATION]] sends twelve emails about one patient's bill. But for the tone of letters I still prefer how [[ChatGPT|AI_PRODUCT]] writes. I also use it in [[Excel|SOFTWARE]] for formulas, because our claims system, [[ClaimCenter|SOFTWARE]], exports everything in a mess. My nephew [[Kiprono|PERSON]] showed me how to ask it to explain a formula step by step, and now I'm the [[Excel|SOFTWARE]] person on the floor. One case I remember well was [[last November|GENERIC_TIME]]. A client, Mr [[Mwangi|PERSON]], owns two matatus in [[Thika|CITY]], and one was written off. He was calling every single day. I used [[ChatGPT|AI_PRODUCT]] to make a simple timeline table of what we had received and what was still missing, and I sent it to him on [[WhatsApp|SOFTWARE]]. He called back and said, "Madam, now I understand." That saved maybe a week of back and forth, and he stopped shouting at the receptionist.

AI: Are there things you won't use it for?

User: Fraud. Anything with suspected fraud, we don't touch AI, the investigators want everything in their own words. And medical coding, because it invents codes sometimes. Our [[actuary|JOB_TITLE]], [[Baraka Njoroge|PERSON]], tested it on a batch of diagnosis codes and said almost half were wrong. [[Baraka|PERSON]] is very strict, he printed the results and pinned them on the board. In the office, feelings are mixed. The younger ones love it. The older assessors worry it is the first step to cutting jobs. When [[William Ruto|PUBLIC_FIGURE]] was on TV talking about digital jobs for the youth, everyone in the office was arguing about it over lunch. My husband [[Kevin|PERSON]] thinks I am training my own replacement. I tell him the machine cannot drive to [[Thika|CITY]] to look at a crushed matatu.

AI: If people from other insurers wanted to compare notes with you, how would they reach you?

User: I'm on [[LinkedIn|SOFTWARE]] but I never check it. Better to email me personally, [[wanjiru dot kamau at gmail dot com|OBF_EMAIL|spelled_at_dot]], or [[WhatsApp|SOFTWARE]] me on [[0 7 2 2 4 1 8 3 9 6|OBF_PHONE|spaced_digits]]. Not the office line, please, that one goes straight to reception.

AI: Last question. What would you change about how your company handles AI?

User: Proper training. Right now it is [[Otieno|PERSON]]'s enthusiasm on one side and [[Faith|PERSON]]'s rules on the other, and nothing in between. I would like someone from head office to sit with us for a week, [[every Monday|GENERIC_TIME]] maybe, and see the real claims, not the nice examples from the vendor slides.""")

# 2 Germany, HR
T.append("""AI: Hello, and thank you for joining. Could you describe your role for me?

User: Gladly. I am an [[HR business partner|JOB_TITLE]] at [[Sachsenwerk Logistik|ORGANIZATION]], we are a warehousing and freight company based in [[Leipzig|CITY]], with depots in [[Halle|CITY]] and [[Erfurt|CITY]]. I look after about four hundred employees, mostly in operations. I'm [[forty-nine|AGE]], so I have seen a few waves of new software come and go. Before this I was eleven years at [[Siemens|ORGANIZATION]] in [[Nuremberg|CITY]].

AI: Where does AI show up in your work today?

User: Mostly in writing. Job adverts, reference letters, the endless policy documents. We got [[Microsoft Copilot|AI_PRODUCT]] licences in [[January 2024|DATE]], but only for HR and finance at first, because the works council had to agree. In [[Germany|COUNTRY]] you cannot simply roll out a tool that could monitor employees without the works council. [[Jens Hartmann|PERSON]], our [[works council chair|JOB_TITLE]], asked very good questions, to be fair. It took us four months of meetings. His main worry was performance monitoring. Whether [[Copilot|AI_PRODUCT]] would let a [[manager|GENERIC_ROLE]] see how fast someone answers emails, that kind of thing. [[Jens|PERSON]] also wanted a written promise that no hiring decisions would be made by AI. That was easy to give because we don't want that either. We use [[SAP SuccessFactors|SOFTWARE]] for recruiting, and there is an AI feature that ranks candidates, and we switched it off.

AI: So [[Jens|PERSON]] was sceptical, but the agreement went through.

User: Yes, in the end. He even uses it now for his own minutes, though he would never admit it in public.

AI: Can you give an example of a task where [[Copilot|AI_PRODUCT]] changed how you work?

User: Reference letters. In [[Germany|COUNTRY]] the Arbeitszeugnis is a whole science, every phrase has a hidden grade. "Always to our complete satisfaction" is very good, "to our satisfaction" is actually poor. I built a prompt with our standard phrases, and now a first draft takes ten minutes instead of an hour. My [[colleague|GENERIC_ROLE]] Frau [[Özdemir|PERSON]] checks every letter before it goes out, she has a better feeling for the nuance than any machine. For English documents I also use [[DeepL|AI_PRODUCT]], our drivers from [[Poland|COUNTRY]] and [[Romania|COUNTRY]] often need contracts explained. One thing I stopped using it for is salary comparisons. I once asked [[ChatGPT|AI_PRODUCT]] on my private laptop what a forklift team leader earns in [[Saxony|CITY]], and the number was from nowhere. Since then I go to the collective agreement tables and [[Personio|SOFTWARE]] reports. Also, after the AI Act was in the news, our [[data protection officer|GENERIC_ROLE]] sent a very long email, and now nobody puts employee names into anything outside our tenant. Personally, I'm cautiously positive about where this is going. My son [[Lukas|PERSON]] is studying computer science at [[Leipzig University|SCHOOL]], he is [[twenty-two|AGE]], and he says my generation panics too much. Maybe. But when I hear [[Friedrich Merz|PUBLIC_FIGURE]] or [[Ursula von der Leyen|PUBLIC_FIGURE]] talk about AI as the big growth engine, I think of the warehouse staff who already fear automation from the robots. HR has to translate between these worlds.

AI: If we had follow-up questions, what's the best way to reach you?

User: Please write to my work address, [[k.vogel(at)sachsenwerk(punkt)de|OBF_EMAIL|bracket_at_german_punkt]], or call the office, [[+49 341 5520 918|PHONE_NUMBER]]. I'm in the office [[Tuesday|GENERIC_TIME]] to [[Thursday|GENERIC_TIME]], the other days I'm at the depots. And my name, for your records, is [[Katrin Vogel|PERSON]].

AI: Thank you, [[Katrin|PERSON]]. One last thing: what advice would you give another HR team starting out?

User: Bring the works council in on day one, not day ninety. And write down which data never goes into a prompt. Everything else you can learn while doing it.""")

# 3 Brazil, procurement
T.append("""AI: Hi, thanks for being here. Can you start by telling me what you do?

User: Sure! My name is [[Thiago Ribeiro|PERSON]], I'm [[29|AGE]], and I'm a [[procurement analyst|JOB_TITLE]] at [[Grupo Boticário|ORGANIZATION]] in [[Curitiba|CITY]]. I buy packaging, basically. Bottles, caps, boxes, labels, the whole thing. I studied business at [[UFPR|SCHOOL]] and started here as an intern in [[2018|DATE]].

AI: How does AI fit into buying packaging?

User: More than you'd think. We have hundreds of suppliers and every quotation comes in a different format, some in PDF, some in [[Excel|SOFTWARE]], some just a photo of a paper. I use [[Gemini|AI_PRODUCT]] to read the PDFs and put them into one comparison table. Then I check it against [[SAP Ariba|SOFTWARE]], because it makes mistakes with decimal commas. In [[Brazil|COUNTRY]] we write one thousand with a dot and decimals with a comma, and the AI sometimes gets it backwards. Once it told me a supplier was a thousand times cheaper. I almost cried of happiness, then I checked. And my [[manager|GENERIC_ROLE]], [[Fernanda|PERSON]], caught it anyway. She looks at every comparison before a negotiation. She's not against AI, but she says "[[Thiago|PERSON]], the robot doesn't sign the contract, you do."

AI: That sounds like a good rule. What other tools do you use?

User: [[ChatGPT|AI_PRODUCT]] for emails in English and Spanish, because we have suppliers in [[China|COUNTRY]] and [[Argentina|COUNTRY]]. [[Power BI|SOFTWARE]] for spend dashboards. And [[Excel|SOFTWARE]], always [[Excel|SOFTWARE]]. There's a supplier in [[Joinville|CITY]], [[Embalagens Sulflex|ORGANIZATION]], and their sales rep, [[Rodrigo|PERSON]], started sending me proposals that were obviously written by [[ChatGPT|AI_PRODUCT]], very long and polite and saying nothing. So now we both use AI to write to each other. It's funny, sometimes I think the two robots are negotiating and we are just watching.

AI: Has the tax reform changed anything for you?

User: A lot, yes. The new consumption tax is coming in phases, and all the contracts need new clauses. When [[Haddad|PUBLIC_FIGURE]] was on the news explaining the transition, my whole team was watching on the phone in the corridor. I asked [[Gemini|AI_PRODUCT]] to summarise the changes for packaging and it gave a nice summary, but with rules from the first draft of the law, not the final one. So for tax I only trust our tax team and the [[Receita Federal|ORGANIZATION]] website. Personal data is another issue. Supplier registration needs the CPF of small suppliers, the ones who are individuals. I never put that into any AI. Actually, funny story, for my own registration as a freelancer I had to type my CPF, [[047.318.552-60|NATIONAL_ID]], like fifteen times in one week, I know it better than my phone number. But at work, no, the company blocked uploads to external sites anyway, only [[Gemini|AI_PRODUCT]] through the corporate account works.

AI: How do you feel about the future of procurement jobs?

User: Honestly? A bit worried. The boring part, comparing quotes, will be automated, I'm sure. The part that stays is the relationship. [[Lula|PUBLIC_FIGURE]] can say what he wants about jobs, but in procurement I see the junior positions disappearing first. My girlfriend [[Bia|PERSON]] works in marketing at a bank and she says the same thing about copywriters.

AI: If I wanted to send you the summary of this study, where should it go?

User: My personal email is best, [[thiago.ribeiro arroba outlook ponto com|OBF_EMAIL|portuguese_arroba_ponto]]. I also post about procurement on [[Instagram|SOFTWARE]], it's [[@thiagocompras|SOCIAL_HANDLE]], mostly memes about suppliers, nothing serious. And one thing I'd add: people should test these tools with real numbers before trusting them. [[Every Friday|GENERIC_TIME]] I spend an hour just re-checking what the AI did during the week. [[Fernanda|PERSON]] calls it my confession hour.""")

# 4 Japan, marketing
T.append("""AI: Thank you for joining me. Could you introduce yourself and your work?

User: Yes. I am [[Haruka Nishimura|PERSON]], I work in marketing at [[Naniwa Foods|ORGANIZATION]], a snack company in [[Osaka|CITY]]. My title is [[brand planner|JOB_TITLE]]. I am [[41|AGE]]. I joined in [[April 2012|DATE]], right after my first company closed, so this is my second job only. In [[Japan|COUNTRY]] that is still quite normal.

AI: What does a [[brand planner|JOB_TITLE]] do day to day?

User: I plan campaigns for two rice cracker brands. Social media, in-store displays, sometimes TV. Our main customers are convenience stores, so a lot of my time is making proposals for the buyers at [[Lawson|ORGANIZATION]] and [[FamilyMart|ORGANIZATION]]. And many, many meetings. I started using AI first for translation. We started exporting to [[Taiwan|COUNTRY]] and [[Thailand|COUNTRY]] two years ago, and I used [[ChatGPT|AI_PRODUCT]] to check English emails to the distributors. Then for ideas. For example, for a summer campaign I asked it for fifty taglines. Forty-five were terrible, but five were interesting. Also [[Adobe Firefly|AI_PRODUCT]] for image drafts, only for internal presentations, never for real packages, because the legal department is very nervous about copyright.

AI: How does your [[manager|GENERIC_ROLE]] view this?

User: My [[department head|GENERIC_ROLE]], [[Sato|PERSON]]-san, is quite old style. He prints every email. At first he said AI is cheating. But [[last year|GENERIC_TIME]] when everyone was talking about [[Shohei Ohtani|PUBLIC_FIGURE]], he wanted a baseball campaign very fast, in three days. I used [[ChatGPT|AI_PRODUCT]] and [[Canva|SOFTWARE]] to make six concepts overnight. After that he changed his opinion a little. Now he says, "[[Nishimura|PERSON]], ask the AI," for everything, even things it cannot do.

AI: So [[Sato|PERSON]]-san went from calling it cheating to relying on it?

User: Yes, exactly, it is a bit funny. Now my problem is the opposite. He thinks the AI knows our sales numbers. I have to explain it doesn't know anything inside our company unless we tell it. Our sales data is in [[Excel|SOFTWARE]] files and an old system, and we are not allowed to upload it. Since [[October 2024|DATE]] there is a guideline. We can use [[ChatGPT|AI_PRODUCT]] Enterprise, not the free version. Also [[Gemini|AI_PRODUCT]] is blocked. My younger colleague [[Kenta|PERSON]] was very sad because he liked [[Gemini|AI_PRODUCT]] for making slides in [[Google Slides|SOFTWARE]]. Internally we chat on [[LINE WORKS|SOFTWARE]], and sometimes people paste AI answers there without checking, which makes confusion. At home it is a little different. My son [[Ren|PERSON]] is [[eight|AGE]], and he asks [[ChatGPT|AI_PRODUCT]] about dinosaurs with voice mode. My husband thinks it is not good for him. I think it is better than [[YouTube|SOFTWARE]]. We argue about it sometimes.

AI: How do you see the future for marketing people like you?

User: I think the planner job will change to editor job. The AI makes a lot, and we choose. Also I am worried about trust. Consumers in [[Japan|COUNTRY]] are sensitive. If they find out an ad was made by AI, there could be criticism on social media, like what happened to some big brands. When Prime Minister [[Ishiba|PUBLIC_FIGURE]] talked about AI rules, my team discussed if we need a label on AI images.

AI: If we need to contact you again, how should we do that?

User: My office phone is [[０６－６２４１－３３８７|OBF_PHONE|fullwidth_digits]]. Please call between ten and five. Or email, [[h-nishimura@naniwafoods.co.jp|EMAIL_ADDRESS]]. I will reply, but maybe slowly, because of the meetings.""")

# 5 Canada, municipal IT support
T.append("""AI: Thanks for joining the call. Could you tell me about your job?

User: Yeah, no problem. I'm a [[service desk analyst|JOB_TITLE]] with the [[City of Winnipeg|ORGANIZATION]], been there since [[2009|DATE]], so fifteen years now. Before that I did desktop support at [[Red River College|SCHOOL]], which is also where I took my network admin diploma. I'm [[52|AGE]], which in IT makes me a dinosaur. My days are tickets, tickets, tickets. We support about ten thousand staff, from the bus depots to the library branches. Password resets, printers, laptops that someone left in a snowbank. It all comes through [[ServiceNow|SOFTWARE]]. We also do the onboarding for new hires, so setting up accounts in [[Active Directory|SOFTWARE]] and enrolling phones in [[Intune|SOFTWARE]].

AI: Where does AI come into that?

User: Two places. First, [[ServiceNow|SOFTWARE]] has this AI thing now that suggests a category and a knowledge article when a ticket comes in. It's okay, maybe seventy percent right. Second, I use [[Copilot|AI_PRODUCT]] to write [[PowerShell|SOFTWARE]] scripts. I'm not a programmer, but I know what I want, so I describe it and then test it on my own machine first. Never in production without testing, I learned that the hard way. Oh man, last [[February|GENERIC_TIME]] I had a script that was supposed to disable accounts of people who left, and the AI wrote a filter that also caught people on parental leave. Luckily [[Big Mike|PERSON]] noticed before I ran it for real. [[Big Mike|PERSON]] is our [[senior sysadmin|JOB_TITLE]], his real name is [[Michael Okafor|PERSON]] but nobody calls him that. He just looked over my shoulder and went, "[[Jo|PERSON]], that's going to lock out half of Transit."

AI: [[Big Mike|PERSON]] sounds like a useful person to have around.

User: He's the best. He hates [[ChatGPT|AI_PRODUCT]], calls it autocomplete with confidence, but he reviews everything I write with it.

AI: Are there any rules from the City about what you can use?

User: There's a policy since [[spring 2024|DATE]]. [[Copilot|AI_PRODUCT]] is approved, [[ChatGPT|AI_PRODUCT]] is not, on work devices. And nothing with personal information from residents, which is fair, we have a lot of it. Every ticket is tagged with the staff member's employee number, mine is [[4410872|NATIONAL_ID]], and we're told to strip those out before pasting any text into anything. At home I use it a bit too. My daughter [[Kayla|PERSON]] is at the [[U of M|SCHOOL]] doing nursing and she uses it for studying, and she showed me how to make it quiz me for my [[Azure|SOFTWARE]] certification. I also keep some of my scripts on [[GitHub|SOFTWARE]], [[github.com/jofontaine-ps|URL]], all cleaned up, no City stuff. Some people in other municipalities use them.

AI: How do you feel about AI in government work generally?

User: Honestly, cautious. When [[Mark Carney|PUBLIC_FIGURE]] started talking about AI making the public service more efficient, a lot of us heard "fewer jobs." And here in [[Manitoba|CITY]], [[Wab Kinew|PUBLIC_FIGURE]] has been talking up tech too. But the reality on the ground is that AI can't reset the printer in the basement of the [[St. Boniface|CITY]] library. Someone has to drive there.

AI: If we wanted to follow up with you later, how could we reach you?

User: Personal email's probably easiest, [[jolene\u200b.fontaine@\u200bshaw.ca|OBF_EMAIL|zero_width]], or text me at [[204-555-0143|PHONE_NUMBER]]. Just say it's about the study, I get a lot of spam. And for the record, it's [[Jolene Fontaine|PERSON]], [[Fontaine|PERSON]] with an e at the end. One last thought: the helpdesk is where you see how people really use this stuff. Not the strategy slides. The [[Monday|GENERIC_TIME]] morning tickets.""")

# 6 India, accounts payable
T.append("""AI: Good morning, and thanks for agreeing to talk. Could you start with your role and where you work?

User: Good morning. I work as an [[accounts payable executive|JOB_TITLE]] at [[Deccan Auto Components|ORGANIZATION]], we make brake parts for two-wheelers. Our head office is in [[Pune|CITY]], in [[Hinjewadi|CITY]], and the plant is in [[Chakan|CITY]]. I'm [[31|AGE]]. I joined in [[2019|DATE]] after my M.Com from [[Symbiosis College of Arts and Commerce|SCHOOL]]. Basically I process vendor invoices, around six to seven hundred a month, match them with purchase orders and goods receipts, and release payments. Month end is madness.

AI: Where does AI come into invoice processing for you, [[Sneha|PERSON]]?

User: [[Sneha|PERSON]] is fine, yes. So, two ways. Officially, the company bought an OCR tool with AI inside, it reads the PDF invoices and fills the fields in [[SAP|SOFTWARE]]. It is maybe eighty percent correct. Vendor GST numbers it reads well, but handwritten challans from small suppliers, no chance. Unofficially, I use [[ChatGPT|AI_PRODUCT]] a lot for [[Excel|SOFTWARE]]. Like VLOOKUP, XLOOKUP, pivot tables for the ageing report. Earlier I used to ask [[Rahul|PERSON]] sir, he is our [[finance controller|JOB_TITLE]], and he would sigh and show me. Now I don't disturb him. Last [[Diwali|GENERIC_TIME]] I even made a macro with [[ChatGPT|AI_PRODUCT]]'s help that colour-codes overdue invoices. [[Rahul|PERSON]] sir saw it and asked me to share with the whole team.

AI: That sounds like it changed your standing a bit in the team.

User: A little, yes! But there is also some tension. Our [[senior accountant|JOB_TITLE]], Mrs. [[Deshpande|PERSON]], has been there twenty-two years, and she used [[Tally|SOFTWARE]] before we moved to [[SAP|SOFTWARE]]. She feels the younger ones are taking shortcuts. Once she found an error in one of my reconciliations, and she said loudly, "this is what happens when the computer thinks for you." Actually the error was mine, not the AI's, but okay. On our team [[WhatsApp|SOFTWARE]] group people write very casually also, like someone wrote "pls ask rahul before releasing the [[Kolhapur|CITY]] vendor payment" and nobody uses capital letters, and then somebody pasted the whole vendor bank details into [[ChatGPT|AI_PRODUCT]] to format them. That was a big problem. After that the IT team blocked the free version on office laptops.

AI: What happened after the block?

User: Now we have [[Microsoft Copilot|AI_PRODUCT]] in [[Teams|SOFTWARE]] and [[Excel|SOFTWARE]], with the company login. It is okay, a little slower. For my own personal tax, I still use [[ChatGPT|AI_PRODUCT]] at home. This year after [[Nirmala Sitharaman|PUBLIC_FIGURE]]'s budget, everyone was confused about old regime versus new regime, so I asked it to compare for my salary. It gave a nice table. But I checked with our [[CA|GENERIC_ROLE]] also, because it mixed up one deduction. For filing I had to give my PAN, [[BKPPK4821M|NATIONAL_ID]], on the portal, but that I never put into any chatbot. My husband [[Aniket|PERSON]] laughs at me, he says I trust the chatbot for [[Excel|SOFTWARE]] but not for anything with my name.

AI: How do you see the future of accounts payable work with these tools?

User: Honestly I think in five years a lot of invoice entry will be fully automatic. The big companies in [[Pune|CITY]] already have bots. [[Narendra Modi|PUBLIC_FIGURE]] talks about [[India|COUNTRY]] becoming an AI leader, and that is good, but nobody talks about what happens to the data entry girls in small towns like my cousin in [[Nashik|CITY]]. She does exactly this job for a textile company. I told her to learn reconciliation and analysis, not only entry. The thinking part stays, I hope.

AI: Thank you. If we want to share results or ask follow-up questions, how can we reach you?

User: You can message me on [[X|SOFTWARE]], I'm [[@sneha_reconciles|SOCIAL_HANDLE]], I post [[Excel|SOFTWARE]] tips there sometimes. Or call me, the number is [[nine eight two two zero, four seven one five six|OBF_PHONE|spoken_digits]], evenings are better, after seven. Please don't call the office, Mrs. [[Deshpande|PERSON]] picks up the landline and she will ask too many questions.""")

# 7 Australia, underwriting
T.append("""AI: Thanks for jumping on. Could you tell me a bit about who you are and what you do?

User: No worries. I'm [[Liam O'Connell|PERSON]], [[27|AGE]], [[commercial underwriter|JOB_TITLE]] at [[Corio Bay Insurance|ORGANIZATION]] down in [[Geelong|CITY]]. We do a lot of small business cover, cafes, tradies, a few wineries out on the [[Bellarine|CITY]]. I started there in [[2021|DATE]] straight out of a commerce degree at [[Deakin|SCHOOL]]. Most of my day is reading broker submissions, working out the risk, and either quoting, loading the premium, or declining.

AI: How has AI come into underwriting for you?

User: Slowly, then all at once, I reckon. About eighteen months ago our [[manager|GENERIC_ROLE]], [[Shazza|PERSON]], well, [[Sharon Pettit|PERSON]] officially, got the whole team onto [[Copilot|AI_PRODUCT]]. The biggest win is summarising broker submissions. A broker might send forty pages: the proposal form, a building report, a claims history in some weird spreadsheet. [[Copilot|AI_PRODUCT]] gives me the key points in a minute. Then I go into [[PolicyCenter|SOFTWARE]] and do the actual rating myself. We're not allowed to let it make any pricing decision, that's in the guidelines in bold, and the regulators would have a fit if we did.

AI: Has it ever got something important wrong?

User: Yeah, once, properly. A bakery in [[Belmont|CITY]], the submission mentioned a previous fire, but only in a scanned letter attached at the end. [[Copilot|AI_PRODUCT]]'s summary said "no significant claims history." [[Dunc|PERSON]], the bloke who sits next to me, he's been underwriting since before I was born, flipped through the PDF the old-fashioned way and found it. Since then I read the claims section myself, every time. [[Dunc|PERSON]] reckons AI's like a first-year grad: fast, keen, and confidently wrong about twenty percent of the time. [[Shazza|PERSON]] put that line on the whiteboard.

AI: Are there other tools you use outside the official ones?

User: [[ChatGPT|AI_PRODUCT]] on my phone for personal stuff, mostly. I used it to write a wedding speech for my brother [[Connor|PERSON]] in [[October|GENERIC_TIME]], which went down a treat, no one guessed. At work we use [[Salesforce|SOFTWARE]] for the broker relationships and [[Power Automate|SOFTWARE]] to push referrals around, and [[Excel|SOFTWARE]] of course. There's talk of a pricing model with machine learning, but that's the actuarial team's baby, I don't touch it. On the news you hear [[Anthony Albanese|PUBLIC_FIGURE]] talking about AI guardrails and the big banks saying they'll cut thousands of jobs, and honestly a few of the older underwriters are nervous. I'm not too worried. Someone has to ring the winery owner and ask why there's a gas bottle next to the fryer.

AI: Just to check the practical side, if we send a gift voucher as a thank you, where should it go?

User: Oh, that's nice. You can post it to [[14 Pakington Street|ADDRESS]], [[Geelong West|CITY]] [[3218|ADDRESS]], that's my flat. Or just email it, [[liam [at] oconnell [dot] id [dot] au|OBF_EMAIL|bracket_at_dot]], that's my own little domain I set up for a footy tipping comp. If you need to ring, my mobile is [[0412 883 507|PHONE_NUMBER]], but I screen unknown numbers, so text first.

AI: Thanks, [[Liam|PERSON]]. Anything else you'd want people designing these tools to know?

User: Just that underwriting is a judgment job. The AI's great at reading, it's rubbish at knowing what it hasn't read. If it could say "I couldn't open page thirty-eight" instead of just skipping it, I'd trust it way more. And don't make it sound so sure of itself. [[Dunc|PERSON]]'s line about the first-year grad is pretty much right.""")

# 8 Nigeria, fintech sales
T.append("""AI: Hi, thanks so much for joining. Could you introduce yourself?

User: Thank you for having me. My name is [[Chukwuemeka Obi|PERSON]], but everybody calls me [[Emeka|PERSON]]. I'm [[thirty-three|AGE]]. I'm an [[enterprise sales executive|JOB_TITLE]] at [[Tranzit Pay|ORGANIZATION]], we do payment infrastructure for merchants. I'm based in [[Lagos|CITY]], our office is in [[Lekki|CITY]], but I cover clients in [[Abuja|CITY]] and [[Kano|CITY]] too. I joined in [[January 2022|DATE]] after four years at a bank.

AI: [[Emeka|PERSON]], how do you use AI in your sales work?

User: Every day, my brother. Morning, I open [[HubSpot|SOFTWARE]], see my pipeline, then I use [[ChatGPT|AI_PRODUCT]] to draft follow-up emails. For proposals I prefer [[Claude|AI_PRODUCT]], it writes longer documents better, less robotic. For calls we have [[Gong|SOFTWARE]] recording and it gives a summary and tells you how much you talked versus the client. The first time I saw my talk ratio I was ashamed, seventy percent me. My [[head of sales|GENERIC_ROLE]], [[Funmi|PERSON]], put all our ratios on a slide in the [[Monday|GENERIC_TIME]] meeting. Since then I try to shut up more.

AI: Can you describe a deal where the AI made a real difference?

User: Yes. There is a big supermarket chain in [[Kano|CITY]], the owner is Alhaji [[Bello|PERSON]], very traditional man, he doesn't like long emails. I asked [[ChatGPT|AI_PRODUCT]] to turn our twelve-page proposal into one page, simple English, with the fees in a clear table. Then my colleague [[Blessing|PERSON]], she speaks Hausa, translated the key points for his finance people, and she checked it, because the machine translation to Hausa was not good at all. Alhaji [[Bello|PERSON]] signed in three weeks. Before, that kind of deal would take three months. [[Funmi|PERSON]] said [[Blessing|PERSON]] deserves half my commission. I said a quarter.

AI: Are there areas where you don't trust it?

User: Regulation, one hundred percent. [[CBN|ORGANIZATION]] rules change often, and the AI gives old information with full confidence. Once it told a client about a transaction limit that was cancelled. Lucky for me the client's [[CFO|GENERIC_ROLE]] knew better and just laughed. Also numbers in general. When [[Tinubu|PUBLIC_FIGURE]] removed the fuel subsidy and the naira was moving every day, any forecast from AI was useless. People also ask about privacy. Merchants' data we never paste inside, company policy. But I'll be honest, sometimes a junior person pastes a client's contact list to "clean it up", and our [[compliance manager|JOB_TITLE]], Dr. [[Adaeze Nwosu|PERSON]], will call a meeting the next day. She's strict, but she's right.

AI: How do you feel about where this is going for people in sales?

User: Excited, honestly. Sales is relationships, and AI gives me more time for relationships. My wife [[Ngozi|PERSON]] is a teacher in [[Yaba|CITY]] and she worries about students using [[ChatGPT|AI_PRODUCT]] to cheat. For me it's different. I see people like [[Tony Elumelu|PUBLIC_FIGURE]] talking about young Africans building with AI, and I think, fine, but the guy in the market in [[Kano|CITY]] still wants to look you in the eye. AI cannot drink tea with Alhaji [[Bello|PERSON]].

AI: Thank you. If other participants or the research team want to connect with you, where can they find you?

User: [[LinkedIn|SOFTWARE]] is the best, [[linkedin.com/in/emeka-obi-sales|URL]]. On [[X|SOFTWARE]] I'm [[@emekasells|SOCIAL_HANDLE]]. You can also call or [[WhatsApp|SOFTWARE]], [[+234 eight-zero-three 555 zero-one-nine-two|OBF_PHONE|mixed_words_digits]]. And I studied at [[UNILAG|SCHOOL]], if you need that for your records, accounting, class of [[2013|DATE]].""")

# 9 Mexico, public administration
T.append("""AI: Good afternoon, thank you for your time. Could you tell me about your position?

User: Good afternoon. I'm [[María Fernanda Ruiz|PERSON]], but at the office they call me [[Mafer|PERSON]]. I'm [[44|AGE]] and I'm [[head of the business permits unit|JOB_TITLE]] at the [[Secretaría de Desarrollo Económico de Jalisco|ORGANIZATION]], in [[Guadalajara|CITY]]. I've been in public service since [[2015|DATE]]. My unit reviews applications from small businesses that want state support or need permits, and we answer a lot of questions from citizens, by phone, by email, in person. I have eight people in my team.

AI: How has AI come into a government office like yours, [[Mafer|PERSON]]?

User: Carefully, ha. There is no official policy at the state level yet, there is a draft. But people use it anyway, on their phones. The one everyone uses without even knowing is [[Meta AI|AI_PRODUCT]], because it appeared inside [[WhatsApp|SOFTWARE]] one day and people started asking it things. I personally use [[ChatGPT|AI_PRODUCT]] to rewrite official letters. Government Spanish is very heavy, very bureaucratic, and I ask it to make the same letter clear for a woman who sells tamales in [[Tlaquepaque|CITY]]. Then I check that the legal references are still correct, because it likes to invent article numbers.

AI: Could you give an example of when it invented something?

User: Yes, in [[March|GENERIC_TIME]] it wrote a paragraph citing an article of a state law that does not exist. My [[legal advisor|JOB_TITLE]], Licenciado [[Jesús Ortega|PERSON]], we call him Don [[Chuy|PERSON]], read the draft and said, "[[Mafer|PERSON]], since when do we have article two hundred and twelve?" Everybody laughed, but it was a warning. Now there is a rule in my unit: anything with a legal citation, Don [[Chuy|PERSON]] or another lawyer checks. We also use [[Gemini|AI_PRODUCT]] because the office has [[Google Workspace|SOFTWARE]], and it helps to summarise long documents in [[Google Docs|SOFTWARE]]. For the statistics we still use [[Excel|SOFTWARE]], the old way.

AI: What about personal data of citizens?

User: That is the big worry. Applications have the CURP, addresses, sometimes bank accounts. We never put that in any AI. We anonymise first, we write "the applicant" instead of the name. I had to explain this many times. Funny, the only CURP I know by heart is mine, [[RUOM800314MJCZCR09|NATIONAL_ID]], because every procedure asks for it. After the elections in [[June 2024|DATE]] there was a lot of talk about digital government. President [[Claudia Sheinbaum|PUBLIC_FIGURE]] has spoken about a digital agency, and the new governor, [[Pablo Lemus|PUBLIC_FIGURE]], also talks about innovation. But at the ground level, in my office, we still have a fax machine, I'm not joking. My daughter [[Ximena|PERSON]], she is [[seventeen|AGE]], says I work in a museum.

AI: How do your team members feel about using these tools?

User: Divided. The younger ones, like [[Iván|PERSON]], who came from [[Universidad de Guadalajara|SCHOOL]] two years ago, use it for everything and are very fast. The older ones are afraid that if AI answers the citizens, their jobs disappear. I tell them the citizens of [[Zapopan|CITY]] and [[Tlaquepaque|CITY]] want a human who understands them, and AI just helps us write faster. I don't know if that is completely true, but I believe it for now.

AI: Thank you, [[Mafer|PERSON]]. How could we contact you if we have more questions?

User: Better my personal email, not the government one, because that one is monitored. It's [[mafer_ruiz (arroba) hotmail (punto) com|OBF_EMAIL|spanish_arroba_punto]]. Or the office number, [[33 3030 2000 ext. 4518|PHONE_NUMBER]], but there someone else may answer. I'm usually in from nine until four, [[Monday|GENERIC_TIME]] to [[Friday|GENERIC_TIME]].""")

# 10 Poland, IT service desk shared services
T.append("""AI: Hello, thanks for joining. Could you tell me a bit about yourself and your job?

User: Sure. I'm [[Tomasz Wiśniewski|PERSON]], [[38|AGE]], and I'm a [[service desk team leader|JOB_TITLE]] at [[Nordvik Business Services|ORGANIZATION]] in [[Wrocław|CITY]]. It's a shared services centre for a Norwegian energy group, so our end users are in [[Oslo|CITY]], [[Bergen|CITY]], also in [[Germany|COUNTRY]] and the [[UK|COUNTRY]]. I have fourteen agents, we handle first and second line support in English, Norwegian, German and Polish. I've been here since [[2016|DATE]], I started as an agent myself after my studies at [[Wrocław University of Science and Technology|SCHOOL]].

AI: How are you and your agents using AI at the moment?

User: There are two layers. The company rolled out an AI assistant in [[Jira Service Management|SOFTWARE]] last year. It suggests answers from our [[Confluence|SOFTWARE]] knowledge base, and it drafts replies. And then each agent has their own habits. Some use [[ChatGPT|AI_PRODUCT]] for translation into Norwegian, which is not allowed on work laptops, but they do it on their phones, I know. I use [[Claude|AI_PRODUCT]] for writing procedures, because our procedures were written by ten different people over eight years and they are a mess. I give it three old versions and ask for one clean version, then my best agent, [[Agnieszka|PERSON]], or [[Aga|PERSON]] as we call her, tests it step by step.

AI: What's been the biggest change for your team?

User: Speed for new joiners. Before, a new agent needed maybe three months to be comfortable. Now with the suggestions, six weeks. [[Last autumn|GENERIC_TIME]] we hired [[Oksana|PERSON]], she came from [[Lviv|CITY]] in [[2022|DATE]], very smart, and she was closing tickets alone in her second week. But there's a dark side. The suggestions are sometimes wrong in a confident way, and new people don't know enough to doubt them. We had an incident where an agent followed an AI suggestion and reset an MFA method for the wrong user. Two users with the same surname in [[Bergen|CITY]], [[Hansen|PERSON]] and [[Hansen|PERSON]]. The AI took the first one. Our [[service owner|JOB_TITLE]] in [[Oslo|CITY]], [[Ingrid Solberg|PERSON]], was not happy, we had a long call about it on [[Friday|GENERIC_TIME]] evening.

AI: How did you handle that with the team?

User: We added a rule, identity checks are always manual, AI or no AI. I also made a small checklist with [[Copilot|AI_PRODUCT]] in [[Teams|SOFTWARE]], funny enough. And I talked to [[Paweł|PERSON]], the agent who did it. He felt terrible. I told him the process was wrong, not him. Honestly, being a [[team leader|JOB_TITLE]] now is half people management and half being a referee between humans and AI suggestions. There's also the political side. Everyone in [[Poland|COUNTRY]] is proud of the outsourcing sector, [[Donald Tusk|PUBLIC_FIGURE]] talks about tech investment, but if AI can do first line support, a city like [[Wrocław|CITY]] with forty thousand people in service centres will feel it. My wife [[Kasia|PERSON]] works in a payroll team at another centre, and they are also automating.

AI: Would you be open to a follow-up interview? How could we reach you?

User: Yes, no problem. My private email is [[tomek.wisniewski małpa wp kropka pl|OBF_EMAIL|polish_malpa_kropka]], in Polish we call the at sign "małpa", it means monkey. Or phone, [[+48 6O1 2O4 889|OBF_PHONE|letter_o_for_zero]]. On [[Discord|SOFTWARE]] I'm [[tomek_wro|SOCIAL_HANDLE]], I'm in a few IT service management communities there. My employee ID is [[NBS-20931|NATIONAL_ID]] if you need to confirm with our HR that I took part.

AI: Thanks, [[Tomasz|PERSON]]. One final question: what would you tell another [[team leader|GENERIC_ROLE]] starting with AI?

User: Start with the knowledge base, not the chatbot. If your articles are bad, the AI will just repeat bad articles faster. And keep identity checks away from it. That's it. Oh, and buy [[Aga|PERSON]] a coffee, she tested everything.""")

# 11 Philippines, BPO recruitment
T.append("""AI: Hi, thank you for joining today. Can you tell me about yourself and your work?

User: Hello po! I'm [[Kristine Joy Villanueva|PERSON]], but everyone calls me [[Tin|PERSON]]. I'm [[26|AGE]] and I'm a [[talent acquisition specialist|JOB_TITLE]] at [[Visayas Contact Solutions|ORGANIZATION]], a BPO here in [[Cebu City|CITY]]. Our site is in the IT Park. We hire customer service agents for American and Australian accounts, so my work is sourcing, screening, initial interviews, and then endorsing candidates to the operations people. I've been here since [[2021|DATE]], right after graduating from [[University of San Carlos|SCHOOL]]. In a good month I screen maybe four hundred applicants.

AI: Four hundred is a lot. Where does AI help with that, [[Tin|PERSON]]?

User: Super big help, honestly. Applicants come from [[JobStreet|SOFTWARE]], from [[Facebook|SOFTWARE]] groups, walk-ins, referrals. Their CVs are all different formats. Our ATS is [[Greenhouse|SOFTWARE]] and it has some AI matching now, but I also use [[ChatGPT|AI_PRODUCT]] to write job posts and the message templates we send on [[Messenger|SOFTWARE]]. Like the "Congratulations, you passed the initial interview" message, I made five versions, some in English, some in Bisaya, so it feels more personal. My [[team lead|GENERIC_ROLE]], Ma'am [[Grace|PERSON]], checks them first. She's very particular about tone, because our brand is "warm and professional."

AI: Does AI play a role in the actual screening or decisions?

User: Not the decision, no. That's a rule from our [[HR director|JOB_TITLE]], Sir [[Jun|PERSON]]. [[Jun Alcantara|PERSON]]. He said in a townhall in [[August 2023|DATE]] that AI can help us read, but a human decides. There was one case that made him say that. A recruiter from another team used a free AI tool to rank applicants by "communication skills" from their written essays, and it ranked very low the applicants from [[Samar|CITY]] and [[Leyte|CITY]], because their English had more provincial grammar. But in the voice interview they were excellent. One of them, [[Precious|PERSON]], is now one of our top agents on the telco account. After that, Sir [[Jun|PERSON]] banned ranking tools. I'm glad he did.

AI: What about candidates themselves, are they using AI too?

User: Haha, yes! So many. We get cover letters that say "As an AI language model" sometimes, they forget to delete it. Or in the typing and grammar test, some applicants have [[ChatGPT|AI_PRODUCT]] open on their phone under the table. We had to change the assessment to in-person in the [[Mandaue|CITY]] training room. I understand them though, job hunting is stressful. My younger brother [[Paolo|PERSON]] is [[twenty|AGE]], he used [[ChatGPT|AI_PRODUCT]] to practise interview questions and I think that's fine, that's smart. Also the news is full of AI and BPO jobs. [[Bongbong Marcos|PUBLIC_FIGURE]] said something about upskilling the BPO workforce, and everyone in our office was discussing if our jobs will disappear. Some accounts are already testing AI voice bots for simple calls.

AI: How do you feel about that personally?

User: Medyo scared, medyo excited. Recruitment will change, I think we will hire fewer agents but with higher skills. I'm taking a people analytics course online, using [[Google Sheets|SOFTWARE]] and [[Looker Studio|SOFTWARE]], so I can move up. For personal data, we are strict, the Data Privacy Act here is serious. I never paste CVs into [[ChatGPT|AI_PRODUCT]], only the job requirements. Even my own IDs, like when I applied for my [[SSS|ORGANIZATION]] loan, I typed my [[SSS|ORGANIZATION]] number, [[34-5678912-3|NATIONAL_ID]], only on the official site.

AI: Thank you, that's really helpful. How can we reach you if we have follow-up questions?

User: You can email me at [[tinvillanueva AT yahoo DOT com|OBF_EMAIL|uppercase_at_dot]], I check it every night. Or my [[Facebook|SOFTWARE]], [[facebook.com/tin.villanueva.hr|URL]], I post job openings there too. And my number is [[+63 917 862 4410|PHONE_NUMBER]], but please text, I'm always in interviews. Salamat po!""")

# 12 UK, council procurement
T.append("""AI: Thanks for your time today. Could you tell me about your role?

User: Of course. I'm a [[category manager|JOB_TITLE]] in the procurement team at [[Leeds City Council|ORGANIZATION]]. My categories are facilities management and grounds maintenance, so grass cutting, cleaning contracts, building repairs, that sort of thing. I've worked in local government since [[1998|DATE]], started in [[Cardiff|CITY]] where I grew up, then came up to [[Leeds|CITY]] in [[2006|DATE]]. I'm [[fifty-eight|AGE]], so I remember when tenders came in brown envelopes.

AI: And how have AI tools entered procurement at the council?

User: Cautiously, as you'd expect from a council. We were given [[Copilot|AI_PRODUCT]] in [[Microsoft 365|SOFTWARE]] as part of a pilot, about thirty of us. Our [[Head of Commercial|JOB_TITLE]], [[Priya Mistry|PERSON]], volunteered the team, she's quite forward-looking. I use it mostly for first drafts of specifications and for summarising supplier responses. With the new procurement regime that came in this year, there's a lot of new paperwork, new notices, and [[Copilot|AI_PRODUCT]] helps me get my head round the guidance. I wouldn't say it understands it, mind. I still ring [[Kev|PERSON]] in Legal when I'm unsure. [[Kevin Boateng|PERSON]], he's our [[contracts solicitor|JOB_TITLE]], very patient man.

AI: What's a task where it's made a real difference?

User: Evaluating tenders. When you get twelve bids for a grounds maintenance contract, each one sixty pages, you used to lose a week just reading. Now I can ask [[Copilot|AI_PRODUCT]] to pull out what each bidder said about, say, social value or their approach to pesticides, and put it side by side. But I'm very strict that the scoring is done by people. If a bidder challenges the award, I have to explain every mark, and "the computer said so" won't stand up. One of our bidders, [[Yorkshire Green Spaces|ORGANIZATION]], actually asked in a clarification question whether we use AI to score. I replied no, and I was glad I could say that truthfully. We keep everything in [[Atamis|SOFTWARE]] and the evaluation matrix in [[Excel|SOFTWARE]], same as always.

AI: Have there been concerns from colleagues or elected members?

User: Oh yes. The unions asked questions, and a couple of councillors were worried about data. My colleague [[Sandra|PERSON]], who's been here longer than me even, refuses to touch it. She says she'll retire before she lets a robot write a spec, and she's got eighteen months left, so fair enough. On the other side, the government keeps talking it up. [[Keir Starmer|PUBLIC_FIGURE]] had that big speech about AI in the public sector, and [[Rachel Reeves|PUBLIC_FIGURE]] talks about efficiency savings every other week. From where I sit, the savings aren't in people, they're in time, and time's not the same as money in a council budget. My wife [[Bev|PERSON]] says I've become a bore about it at dinner.

AI: Is there anything you'd never put into these tools?

User: Personal data, obviously, and anything commercially sensitive before contract award. Pricing, mainly. And my own details, I'm old-fashioned. When HR wanted my National Insurance number, [[JT 48 29 17 B|NATIONAL_ID]], for the pilot sign-up form, I asked three times why they needed it. Turns out they didn't. Also I don't use [[ChatGPT|AI_PRODUCT]] at all at work, it's not approved, though my grandson [[Alfie|PERSON]] uses it for his homework in [[Headingley|CITY]] and he's [[eleven|AGE]], which I find alarming.

AI: If we wanted to follow up, how should we reach you?

User: Best on my mobile, it's [[oh-seven-seven-double-oh, nine-one-two, three-four-eight|OBF_PHONE|spoken_uk_double]]. I don't give out the work email for research, but you can catch me there through the switchboard if you must. And I'm [[Gareth Pryce|PERSON]], by the way, [[Pryce|PERSON]] with a Y, the Welsh way.""")

# 13 Egypt, bank compliance
T.append("""AI: Thank you for joining. Please introduce yourself and your role.

User: Thank you. I'm [[Nourhan Adel|PERSON]], I'm [[30|AGE]] years old, and I work as an [[AML compliance analyst|JOB_TITLE]] at [[Delta Maritime Bank|ORGANIZATION]] in [[Alexandria|CITY]]. Our branch is in [[Smouha|CITY]], but the compliance department sits in the head office near the Corniche. I review alerts for suspicious transactions, mostly trade finance and remittances, and I prepare reports for the regulator when needed. I joined the bank in [[2018|DATE]] after graduating from the Faculty of Commerce at [[Alexandria University|SCHOOL]].

AI: Where does AI come into anti-money-laundering work for you?

User: The main system is [[Actimize|SOFTWARE]], which generates alerts. It has machine learning for scoring, but honestly it gives many false positives. Every day I might get sixty alerts, and maybe two are interesting. Personally, I use [[ChatGPT|AI_PRODUCT]] on my own phone, not on the bank computer, to understand things, like a new sanctions regime or a strange trade pattern. For example, what is normal pricing for used cars exported from [[Germany|COUNTRY]]. I never put customer names or account numbers. Never. Our [[head of compliance|JOB_TITLE]], Dr. [[Mona El-Sherif|PERSON]], would kill me, and she would be right.

AI: Is there any official AI tool at the bank?

User: Since last year there is [[Copilot|AI_PRODUCT]], but only for some departments, and compliance was not in the first group because of the sensitivity. Dr. [[Mona|PERSON]] pushed for it anyway, for policy writing, not for cases. I use it to draft the English parts of policies, because our policies are bilingual, Arabic and English. My colleague [[Hossam|PERSON]], Ustaz [[Hossam|PERSON]] we say, he is older and very good in Arabic, he writes the Arabic and I do the English with [[Copilot|AI_PRODUCT]], then we compare. It is funny, sometimes [[Copilot|AI_PRODUCT]]'s English is more formal than the Arabic, and he says, "[[Nourhan|PERSON]], the machine is more of a bureaucrat than me."

AI: Have you had any problems or surprises using these tools?

User: One big surprise. I asked [[ChatGPT|AI_PRODUCT]] to explain a new [[FATF|ORGANIZATION]] recommendation, and it gave me a confident answer mixing two different documents. I almost included it in an internal memo. My friend [[Yasmine|PERSON]] from the [[Cairo|CITY]] office, she works in the same field at another bank, told me to always ask for the source and then open it myself. Now I do that. Another thing, Arabic output is weaker, especially Egyptian dialect. When customers write complaints in dialect, the tools misunderstand. In [[Ramadan|GENERIC_TIME]] the volume of remittances goes up a lot and we are very busy, and I wish the AI could help more then, but it's not there yet.

AI: How do you see your career with AI developing?

User: I think compliance will need people who understand both the rules and the technology. I'm doing a certification now, and I use [[Power BI|SOFTWARE]] to build dashboards of alert trends. I watched an interview with [[Sam Altman|PUBLIC_FIGURE]] where he said every job will change, and I think for us it means less reading and more judgment. My father always says banking is trust, and trust cannot be automated. He's [[sixty-four|AGE]] and retired from the port authority, so he's skeptical about everything. Also, one practical issue: for every bank form I need my national ID, [[29403150201843|NATIONAL_ID]], and with every new system I have to register again. I hope AI fixes that first, haha.

AI: Thank you, [[Nourhan|PERSON]]. How can we contact you for any follow-up?

User: My email is [[nourhan.adel(a)hotmail.com|OBF_EMAIL|a_in_parentheses]], I write it like that online because of spam. Or my mobile, [[+20 100 482 7719|PHONE_NUMBER]], on [[WhatsApp|SOFTWARE]] also. I'm available after work, after five, and on [[Saturday|GENERIC_TIME]].""")

# 14 Chile, wine marketing
T.append("""AI: Hola, thanks for joining. Could you tell me about yourself and your job?

User: Sure, hola! I'm [[Matías Fuentealba|PERSON]], I'm [[35|AGE]], and I'm the [[digital marketing coordinator|JOB_TITLE]] at [[Viña Los Boldos Altos|ORGANIZATION]], a medium-sized winery. The vineyards are inland, but I work from our little office in [[Valparaíso|CITY]], up in [[Cerro Alegre|CITY]], with a view of the port, which is nice on the days it's not foggy. I run our social media, the e-commerce, email campaigns, and I coordinate with the agency in [[Santiago|CITY]], [[Pulpo Creativo|ORGANIZATION]], for the bigger campaigns. I studied commercial engineering at [[Universidad Técnica Federico Santa María|SCHOOL]].

AI: How has AI changed your marketing work?

User: A lot in two years. For copy I use [[ChatGPT|AI_PRODUCT]] for everything, product descriptions, newsletter drafts, ideas for reels. For images we tried [[Midjourney|AI_PRODUCT]] for mood boards, and for videos I use [[CapCut|SOFTWARE]], which now has AI subtitles and automatic cuts. Ads we run through [[Meta Ads Manager|SOFTWARE]], and the targeting there is basically AI now too, you just give it a budget and pray. And we look at results in [[Google Analytics|SOFTWARE]]. My [[boss|GENERIC_ROLE]], well, the owner's daughter, [[Coni|PERSON]], [[Constanza Errázuriz|PERSON]], she is our [[commercial manager|JOB_TITLE]], she was very enthusiastic at first. She wanted to replace the agency completely with AI.

AI: And did that happen?

User: No! We tried it for the harvest campaign in [[March 2024|DATE]]. I made all the content with AI, the photos of grapes, the texts, everything. And the engagement was the worst of the year. People in [[Chile|COUNTRY]] who follow small wineries want to see the real people, the real vineyard, the dog of the winemaker. Real content. The winemaker, Don [[Raúl|PERSON]], he's [[seventy-something|AGE]] and hates phones, but a video of him tasting from the barrel got more views than all the AI photos together. So now we use AI for the boring parts and real people for the face. [[Coni|PERSON]] agreed, and the agency is still with us.

AI: Are there any ethical issues you think about?

User: Yes, a few. Alcohol advertising has rules in [[Chile|COUNTRY]], and I don't trust AI to know them, it invented a "responsible drinking" claim that is not allowed. Also, influencers. We work with small wine influencers, like [[@vinosconcata|SOCIAL_HANDLE]], she's a sommelier in [[Viña del Mar|CITY]], [[Catalina|PERSON]], and she told me she can recognise AI-written briefs immediately and they feel disrespectful. So I write to her myself. Also after the fires in [[February 2024|DATE]], when so many houses burned near [[Viña|CITY]], some brands posted AI images of solidarity and people were very angry. Even [[Boric|PUBLIC_FIGURE]] was talking about the recovery every day on TV, it was a very sensitive time, and AI images felt fake.

AI: How do you see your own job evolving?

User: I think a coordinator like me becomes more of an editor and a producer of real moments. Maybe I'll learn more data. My partner [[Felipe|PERSON]] works in a bank in [[Santiago|CITY]] doing data science, and he says I should learn [[Python|SOFTWARE]], but I don't know, I'm more of a words person. I also worry a bit, because the agency cut two junior positions last year, they said it was because of AI. In [[Latin America|CONTINENT]] the salaries in marketing are already low, so it's hard for young people.

AI: Thank you, [[Matías|PERSON]]. How could we reach you for follow-up?

User: My personal email, but I write it with a trick because of bots, it's [[matiasNOSPAMfuentealba@gmail.com|OBF_EMAIL|nospam_insert]], just remove the nospam part. Or [[WhatsApp|SOFTWARE]], [[+56 9 6241 3387|PHONE_NUMBER]]. I answer faster on [[WhatsApp|SOFTWARE]], like every Chilean.""")

# 15 South Korea, logistics sales
T.append("""AI: Thank you for making time. Could you introduce yourself and your job?

User: Yes, hello. My name is [[Park Ji-hoon|PERSON]]. I am [[forty-five|AGE]], or in Korean age [[forty-six|AGE]], it is confusing even for us. I work as [[overseas sales manager|JOB_TITLE]] at [[Haeyang Logistics|ORGANIZATION]] in [[Busan|CITY]]. We are a freight forwarder, mostly ocean freight to [[Vietnam|COUNTRY]], [[Indonesia|COUNTRY]] and the [[Middle East|CONTINENT]]. I joined in [[2007|DATE]] after I graduated from [[Pusan National University|SCHOOL]], so I am very loyal, or maybe not brave, my wife says.

AI: How do you use AI in your sales work?

User: Mostly for communication with foreign clients. Before, I used [[Papago|AI_PRODUCT]] for translation, it is a [[Naver|ORGANIZATION]] product, very good for Korean. Now I use [[ChatGPT|AI_PRODUCT]] for writing English emails and quotations, because it can make the tone more natural, not too direct, not too polite. Korean politeness translated directly into English sounds very strange. Also my company introduced [[CLOVA X|AI_PRODUCT]] for internal use, because the data stays in [[Korea|COUNTRY]], and management likes that. I use it to summarise meeting notes. Rates we manage in [[Excel|SOFTWARE]], and the bookings in our own system, and with clients we use [[KakaoTalk|SOFTWARE]] for Korean clients and [[WhatsApp|SOFTWARE]] for [[Vietnam|COUNTRY]].

AI: Could you give me a concrete example of where it helped?

User: Last year we had a problem with a container delayed in [[Ho Chi Minh City|CITY]], a customs issue. The client, Mr. [[Nguyen|PERSON]], was very angry. I asked [[ChatGPT|AI_PRODUCT]] to help me write an apology email that explains the situation without accepting legal liability. My [[team leader|GENERIC_ROLE]], [[Kim|PERSON]] team-jang-nim, checked it and changed two sentences, he said it was too soft. In the end the client stayed with us. Also, our junior [[Seo-yeon|PERSON]], she is very good with AI, she made a small prompt that turns our rate sheet into a nice one-page quotation in English and Vietnamese. She saves maybe five hours per week.

AI: Are there concerns in your company about using these tools?

User: Yes, some. The security team sent a notice that we must not put customer names and container numbers into [[ChatGPT|AI_PRODUCT]], only into [[CLOVA X|AI_PRODUCT]]. Also the older directors do not trust it. One of them said at a dinner, "If AI can do sales, why do I pay you?" Everybody laughed but it was a little scary. In [[Korea|COUNTRY]] there is a lot of news about AI, [[Lee Jae-myung|PUBLIC_FIGURE]] talks about making [[Korea|COUNTRY]] one of the top three AI countries, and [[Samsung|ORGANIZATION]] and [[SK|ORGANIZATION]] are investing a lot. But small logistics companies in [[Busan|CITY]] are slow. For me, I think sales is still about relationships. Clients want to drink soju with you, not with a computer. Also privacy is important in [[Korea|COUNTRY]]. For every online form I must enter my resident registration number, [[800412-1538274|NATIONAL_ID]], and there were many leaks in the news, so people are nervous about data.

AI: What about outside work, do you use AI at home?

User: My daughter [[Ha-eun|PERSON]] is in middle school and she uses [[Wrtn|AI_PRODUCT]] for homework, which worries me. My wife wants to limit it. Me, I use [[ChatGPT|AI_PRODUCT]] to plan trips sometimes. We went to [[Fukuoka|CITY]] in [[October|GENERIC_TIME]] and it made a good plan. And I watch [[Son Heung-min|PUBLIC_FIGURE]] highlights, no AI needed for that.

AI: Thank you, Mr. [[Park|PERSON]]. How can we contact you if we have more questions?

User: My email is [[jihoon.park golbaengi naver dot com|OBF_EMAIL|korean_golbaengi]]. In Korean, we call the at sign golbaengi, it means a sea snail. Or call [[010-4827-3391|PHONE_NUMBER]]. Please send a message first, I am often at the port.""")

# 16 Sweden, tax agency
T.append("""AI: Hej, and thanks for joining. Would you start by describing your work?

User: Hej. Yes. I'm a [[tax officer|JOB_TITLE]] at [[Skatteverket|ORGANIZATION]], the [[Swedish Tax Agency|ORGANIZATION]], in the [[Malmö|CITY]] office. I work with individual income tax, so questions about deductions, people who work in [[Denmark|COUNTRY]] and live in [[Sweden|COUNTRY]], that's a big group here because of the bridge, and corrections of tax returns. I'm [[forty-one|AGE]]. I came to [[Sweden|COUNTRY]] as a refugee child from [[Sarajevo|CITY]] in [[1993|DATE]], grew up in [[Rosengård|CITY]], studied economics at [[Lund University|SCHOOL]], and I've been at the agency since [[2011|DATE]].

AI: How is AI being used in a tax agency like yours?

User: Very carefully, which I think is correct. We handle the most sensitive data in the country, income, family, everything is linked to the personnummer. So the free tools are completely blocked. There is an internal pilot, an assistant we call [[Skattebotten|AI_PRODUCT]] internally, trained on our own guidance documents. It runs inside our own environment. I use it to find the right paragraph in the legal guidance, which is thousands of pages. Before, I asked [[Lotta|PERSON]], she has been here thirty years and knows everything by heart. Now I ask the bot first, and then [[Lotta|PERSON]] if the bot is unsure. [[Lotta|PERSON]] says she is happy to finally get some peace.

AI: Has the internal assistant changed the quality of your decisions at all?

User: Not the decisions, the speed of finding information. The decisions are still mine and they must be, legally. Every decision has to be explainable to the citizen and possible to appeal. Our [[unit manager|GENERIC_ROLE]], [[Björn Lindqvist|PERSON]], was very clear in our [[Thursday|GENERIC_TIME]] meeting: if you cannot explain the reasoning without the AI, you cannot send the decision. There was one case where the assistant referred to an old rule about commuter deductions that changed. A colleague almost used it. [[Björn|PERSON]] sent out a reminder to everybody that afternoon. For normal office work we also have [[Copilot|AI_PRODUCT]] in [[Outlook|SOFTWARE]] now, but only for non-case matters, like planning, internal emails.

AI: How do you use AI outside work, if at all?

User: At home, [[ChatGPT|AI_PRODUCT]], sometimes. My daughter [[Lejla|PERSON]] is [[fourteen|AGE]] and she uses it for her Spanish homework, and we had long discussions about what is cheating. My own use is mostly for fun, recipes, or to explain the news. When [[Ulf Kristersson|PUBLIC_FIGURE]] said he uses AI tools for a second opinion in his work, there was a big debate in [[Sweden|COUNTRY]] and also at our lunch table. Many colleagues thought: if a [[tax officer|JOB_TITLE]] did that with citizen data, we would be fired. I found that quite ironic. Also my own personnummer, [[830615-4471|NATIONAL_ID]], I would never type into a chatbot. I know how much can be found from that number.

AI: What do you think will happen to work like yours in the next years?

User: I think routine questions will be answered by AI chat on the website, and that is maybe fine. People who call us about where to find a form do not need me. But the cross-border cases, the people who commute to [[Copenhagen|CITY]] with two employers and a pension from [[Bosnia|COUNTRY]], those need a human who understands both the law and the person. My colleague from [[Lund|CITY]], [[Johan|PERSON]], and I joke that we are safe because our cases are too messy for any machine. I hope we are right.

AI: Thank you. How can we contact you with follow-up questions?

User: Not at my work address, please, because of our rules. Private email is [[amir.hadzic [snabel-a] telia [punkt] se|OBF_EMAIL|swedish_snabel_a]], in Swedish we say snabel-a for the at sign, like an elephant trunk. And I'm [[Amir Hadžić|PERSON]], with the little hook on the c, but email without. Phone is [[+46 70 318 24 56|PHONE_NUMBER]], text me first.""")

# 17 US, payroll
T.append("""AI: Hi there, thanks for hopping on. Could you tell me a little about yourself and what you do?

User: Hi! Sure. I'm [[Brittany Kowalski|PERSON]], I'm [[34|AGE]], and I'm a [[payroll specialist|JOB_TITLE]] at [[Buckeye Health Partners|ORGANIZATION]], we're a physician group with about two thousand employees across central [[Ohio|CITY]]. I work out of the [[Dublin|CITY]] office, which confuses everyone, not that [[Dublin|CITY]], the one outside [[Columbus|CITY]]. I've been doing payroll since [[2016|DATE]], I started as a temp after my associate's at [[Columbus State|SCHOOL]] and just kind of never left.

AI: What does your day-to-day look like, and where does AI show up?

User: So we run biweekly payroll in [[ADP Workforce Now|SOFTWARE]], and time comes in from [[Kronos|SOFTWARE]], and there are always exceptions. Nurses picking up extra shifts, differentials for nights and weekends, someone's garnishment order changes. Honestly the AI I use most is [[ChatGPT|AI_PRODUCT]] for [[Excel|SOFTWARE]] formulas and for rewriting emails so I don't sound annoyed. Like when a doctor emails me in all caps because his PTO didn't show up, I paste my angry draft in and ask it to make it polite. My supervisor, [[Dawn|PERSON]], calls it my anger translator. [[Dawn|PERSON]]'s been in payroll for like twenty-five years, she's amazing, she can spot a wrong tax code from across the room.

AI: Is there anything you've had to be careful about?

User: Oh, a lot. Payroll is all PII, right, Social Security numbers, bank accounts, wage garnishments. We have a strict rule, nothing with employee data goes into [[ChatGPT|AI_PRODUCT]], ever. We got [[Copilot|AI_PRODUCT]] through our [[Microsoft 365|SOFTWARE]] licence, and IT says that's safer, but I still strip names out. There was a guy on our team, [[Hunter|PERSON]], new hire, very sweet, and he uploaded a whole payroll register to some free PDF summarizer website to make a report. That was a really bad week. Our [[HR business partner|JOB_TITLE]], [[Monique Reyes|PERSON]], had to do an incident report and there was a whole training after. [[Hunter|PERSON]]'s fine now, he's actually the one who does our audits. Funny how that works.

AI: You mentioned year-end. Has AI helped with that crunch?

User: A little bit. In [[January 2025|DATE]] for W-2 season I used [[Copilot|AI_PRODUCT]] to draft the FAQ that goes out to employees, like "why is my box one different from my salary." It saved me probably a day. But the actual reconciliations, no, that's me and [[Dawn|PERSON]] and a lot of coffee. And I'll be honest, I worry a little about the future. With [[Elon Musk|PUBLIC_FIGURE]] and the whole government efficiency thing, and [[JD Vance|PUBLIC_FIGURE]] being from [[Ohio|CITY]] and talking about AI and jobs, people at work talk about whether payroll people will get replaced. I don't think so, not soon. Payroll is full of weird exceptions and angry humans.

AI: How about at home, do you use these tools there?

User: Yeah, some. My husband [[Jake|PERSON]] uses [[Gemini|AI_PRODUCT]] for his landscaping business quotes, and our son [[Mason|PERSON]] is [[six|AGE]] and thinks [[Alexa|AI_PRODUCT]] is a person. I also do a little payroll content on [[TikTok|SOFTWARE]], it's [[@payrollbrit|SOCIAL_HANDLE]], just tips, like how to read your pay stub. It's grown a lot, I have like nine thousand followers. Oh, and funny story, last tax season I had to read my own SSN, [[412-68-3390|NATIONAL_ID]], to an automated phone system four times because it kept mishearing me. That thing was definitely not smart.

AI: Thanks, [[Brittany|PERSON]]. How can we best reach you for follow-ups?

User: Email works. It's [[b kowalski ninety at g mail dot com|OBF_EMAIL|spoken_spaced]], and the ninety is the number, nine zero, no spaces anywhere. I say it like that out loud because people always mess it up. Or call or text, [[(614) 555-0188|PHONE_NUMBER]]. Evenings or [[Sundays|GENERIC_TIME]] are best, payroll weeks I'm kind of a zombie.""")

# 18 Vietnam, HR at software outsourcing
T.append("""AI: Hello, thank you for joining. Please tell me a little about yourself.

User: Hello! My name is [[Nguyễn Thị Thu Hà|PERSON]], but at work I use the English name [[Hannah|PERSON]]. I'm [[28|AGE]]. I work as an [[HR generalist|JOB_TITLE]] at [[Sông Hàn Software|ORGANIZATION]] in [[Da Nang|CITY]]. We are an outsourcing company with around three hundred engineers, our clients are mostly in [[Japan|COUNTRY]] and [[Australia|COUNTRY]]. I do recruitment, onboarding, and some employee engagement activities. I studied at the [[University of Economics, The University of Da Nang|SCHOOL]] and joined the company in [[2019|DATE]].

AI: How do you use AI in your HR work, [[Hannah|PERSON]]?

User: For recruitment, a lot. Developers are very hard to hire now, everybody in [[Da Nang|CITY]] wants them. I use [[ChatGPT|AI_PRODUCT]] to write job descriptions in English and Vietnamese, and to make technical screening questions, because I'm not an engineer, I don't understand everything about [[Java|SOFTWARE]] or [[React|SOFTWARE]]. Then I ask our [[tech lead|GENERIC_ROLE]], anh [[Minh|PERSON]], to check the questions. Once [[ChatGPT|AI_PRODUCT]] made a question with the wrong answer, and anh [[Minh|PERSON]] laughed very loudly in the office. Now I always check. We post jobs on [[TopCV|SOFTWARE]] and [[LinkedIn|SOFTWARE]], and we talk to candidates on [[Zalo|SOFTWARE]], everybody in [[Vietnam|COUNTRY]] uses [[Zalo|SOFTWARE]].

AI: What about the HR side beyond recruitment?

User: For onboarding I made a chatbot with the company handbook. My [[manager|GENERIC_ROLE]], chị [[Linh|PERSON]], she is the [[HR manager|JOB_TITLE]], asked me to find a way to answer new employees' questions at night, because many new engineers message her at eleven p.m. asking about leave or insurance. I used [[Gemini|AI_PRODUCT]] with our handbook documents. It works maybe eighty percent. The other twenty percent it says something strange, like one time it told someone they have thirty days of annual leave, we only have fourteen. Chị [[Linh|PERSON]] was worried and now the bot says "please confirm with HR" at the end of every answer. The HR system itself is [[Base|SOFTWARE]], which is a Vietnamese software, it doesn't have AI features yet.

AI: Are there any concerns about data or privacy?

User: Yes, our Japanese clients are very strict. We cannot use AI with any client code or client documents. For HR data, we have the new decree on personal data protection, so we are careful. I don't put CVs into [[ChatGPT|AI_PRODUCT]] with names, I remove the name, phone, address. Even for my own documents, when I had to submit my citizen ID for a bank loan, [[048196002731|NATIONAL_ID]], I didn't want to upload the photo into any AI tool to read it. My friend [[Trang|PERSON]], she works at a bank in [[Hanoi|CITY]], says they had training about this too.

AI: How do people at your company feel about AI generally?

User: The engineers are very excited, they use [[GitHub Copilot|AI_PRODUCT]] every day. But some are worried, because if the Japanese clients use AI, maybe they need fewer outsourced developers. When [[Jensen Huang|PUBLIC_FIGURE]] visited [[Vietnam|COUNTRY]], everybody in our [[Zalo|SOFTWARE]] group was sharing the news, they think [[Vietnam|COUNTRY]] will become an AI hub. I hope so. My parents in [[Hội An|CITY]] don't really understand what I do, my mother thinks AI is like a robot in the movies. I'm trying to teach her to use it for her small tailoring shop, to write descriptions for tourists.

AI: Thank you very much. How can we reach you if we have more questions?

User: You can email me at work, [[ha.nguyen@songhansoft.vn|EMAIL_ADDRESS]], it's okay. Or phone, I will say in Vietnamese for fun, [[không chín không năm, ba một tám, hai hai sáu|OBF_PHONE|vietnamese_digit_words]]. That is zero nine zero five and so on. You can also find me on [[Zalo|SOFTWARE]] with the same number.""")

# 19 New Zealand, insurance complaints
T.append("""AI: Kia ora, thanks for joining. Could you tell me about your mahi, your work?

User: Kia ora. I'm a [[complaints resolution specialist|JOB_TITLE]] at [[Kōwhai Insurance|ORGANIZATION]], we do home, contents and car insurance. I'm based in [[Christchurch|CITY]], [[Ōtautahi|CITY]], and I've been there since [[2013|DATE]]. Before that I was a teacher aide. I'm [[47|AGE]]. My job is picking up complaints that have escalated, people who are unhappy with a claim decision or how they've been treated, and trying to resolve them before they go to the ombudsman.

AI: How does AI come into complaints work?

User: In a few ways. We've got [[Copilot|AI_PRODUCT]] across the business now. I use it to summarise the history of a claim, because by the time a complaint gets to me there might be ninety emails and notes in [[Salesforce|SOFTWARE]]. It gives me a timeline in a couple of minutes, which used to take me a morning. But I always read the key documents myself. Complaints are about feelings as much as facts, and the summary misses the feelings. Someone might write "fine, whatever" in an email, and that's the moment they gave up on us. The AI won't flag that. A person will.

AI: Has there been a case where that mattered?

User: There was a couple in [[Kaiapoi|CITY]] whose house had water damage, and the claim had dragged on for a year. The summary said "customer accepted settlement offer." When I read the actual emails, the husband, Mr. [[Whitaker|PERSON]], had written "we accept because we have no choice, my wife is unwell." That's not acceptance, that's someone cornered. I rang them and we reopened it. My [[team leader|GENERIC_ROLE]], [[Fiona|PERSON]], used that case in training afterwards, to show why we read the original words. For me it connects to the earthquakes. I was here in [[February 2011|DATE]], and I remember how people were treated by insurers afterwards. A lot of that hurt came from people being treated like case numbers. I don't want AI to make that worse.

AI: What other tools are in the picture?

User: Calls are recorded in [[Genesys|SOFTWARE]], and there's AI speech analytics that tags calls for "dissatisfaction." It's okay, but it struggles with te reo Māori words and with accents. My colleague [[Hemi|PERSON]] gets flagged as "agitated" all the time, and he's the calmest person I know, he just speaks with a lot of energy. We laugh about it, but it's not really funny if it ends up in his performance review. Some people also tried [[Otter.ai|AI_PRODUCT]] for notes on their own, but we had to stop that because customers hadn't consented to a third-party app recording them. Day to day I mostly live in [[Teams|SOFTWARE]] and an old tracker in [[Excel|SOFTWARE]] that my [[manager|GENERIC_ROLE]] built years ago, before she moved to the [[Auckland|CITY]] office.

AI: How do you feel about AI and the future of this work?

User: Mixed, eh. When [[Christopher Luxon|PUBLIC_FIGURE]] talks about AI making the public service leaner, I think about what that looks like for people who are already struggling. Insurance isn't public service, but it's similar. On the other hand, it saves me hours. My daughter [[Mereana|PERSON]] is at [[University of Canterbury|SCHOOL]] doing law and she says AI will make complaints handling more consistent. Maybe. Also for personal stuff, I did my tax return online, typed in my [[IRD|ORGANIZATION]] number, [[049-127-386|NATIONAL_ID]], and then [[ChatGPT|AI_PRODUCT]] explained what a working for families adjustment was, better than the website did.

AI: Thank you. How can we reach you if we have more questions?

User: My email is [[aroha underscore tipene at xtra.co.nz|OBF_EMAIL|spelled_underscore_at]], that's my name, [[Aroha Tipene|PERSON]], with an underscore between. Or my cell, [[021 448 9017|PHONE_NUMBER]]. I'm usually free after three on [[Fridays|GENERIC_TIME]]. Ngā mihi.""")

# 20 Morocco, marketing
T.append("""AI: Hello, thank you for taking part. Could you introduce yourself?

User: Hello, with pleasure. I'm [[Youssef Benali|PERSON]], [[32|AGE]] years old, and I'm [[brand manager|JOB_TITLE]] at [[Dar Argan Cosmetics|ORGANIZATION]], we make argan oil products and skincare, based in [[Casablanca|CITY]], our office is in [[Maârif|CITY]]. The cooperative that produces the oil is near [[Agadir|CITY]]. I studied at [[ENCG Settat|SCHOOL]] and I joined the company in [[2019|DATE]], just before COVID, so my first big project was moving everything online.

AI: How do you use AI in your brand work?

User: Every day, in three languages, that's the special thing here. We communicate in French, in Arabic, and in Darija for social media, and also English for export. I use [[ChatGPT|AI_PRODUCT]] for French and English copy, it's very good. For Darija, honestly, it's funny, it writes like a foreigner trying to be cool. So for Darija content, my colleague [[Salma|PERSON]], our [[community manager|JOB_TITLE]], writes herself, and she's brilliant, she grew up in [[Derb Sultan|CITY]] and she knows exactly how people talk. For visuals we use [[Canva|SOFTWARE]] with its AI features, and sometimes [[Midjourney|AI_PRODUCT]] for concepts, and we schedule everything in [[Meta Business Suite|SOFTWARE]].

AI: Can you tell me about a campaign where AI played a role?

User: Yes, for the World Cup in [[Qatar|COUNTRY]], when [[Morocco|COUNTRY]] went to the semi-final, the whole country was crazy. We wanted to make a campaign very fast, in two days. I used [[ChatGPT|AI_PRODUCT]] to generate maybe a hundred slogans mixing argan and football, and [[Salma|PERSON]] chose three and rewrote them in Darija. We used a photo style inspired by [[Achraf Hakimi|PUBLIC_FIGURE]], not his face, we are not allowed, just the energy. It was our best month ever on [[Instagram|SOFTWARE]]. My [[boss|GENERIC_ROLE]], Si [[Mohammed|PERSON]], the founder, he's old school, but after that he said, "[[Youssef|PERSON]], whatever you are doing with this machine, continue."

AI: Are there risks or things you avoid?

User: Yes. Product claims. In cosmetics you cannot say "cures" or "heals," and AI likes to write that argan oil heals everything. Our [[quality manager|JOB_TITLE]], Dr. [[Khadija Alaoui|PERSON]], reviews every claim before publication. Also images of women, we are careful. AI images tend to make very European-looking women, and our customers are Moroccan women, Amazigh women, we want them to see themselves. And for personal data, for the e-shop we have customer data and we never put that into [[ChatGPT|AI_PRODUCT]]. I'm careful even with my own data, when I renewed my CIN, [[BE748213|NATIONAL_ID]], I did everything at the office in person, not online.

AI: How do you see your future in marketing with AI?

User: I think brand managers will become more like curators. The AI produces, we decide what fits the brand and the culture. I'm also a bit worried about young graduates. My little brother [[Amine|PERSON]] is [[twenty-three|AGE]] and he wants to be a copywriter, and I told him, learn strategy, learn culture, not only writing. He follows [[Elon Musk|PUBLIC_FIGURE]] on everything and thinks AI will do all jobs in five years, we argue about this every [[Friday|GENERIC_TIME]] at my parents' house in [[Rabat|CITY]].

AI: Thank you, [[Youssef|PERSON]]. How can we contact you?

User: My email, I write it like this on forms: [[youssef.benali arobase gmail point com|OBF_EMAIL|french_arobase_point]]. For phone, in French: [[zéro six, soixante et un, quarante-huit, vingt-deux, quatre-vingt-treize|OBF_PHONE|french_number_words]]. It's easier on [[WhatsApp|SOFTWARE]], I'm always on it.""")

# 21 Argentina, tax accounting
T.append("""AI: Hola, thank you for participating. Could you tell me about yourself and your work?

User: Hola, of course. I'm [[Lucía Bianchi|PERSON]], I'm [[39|AGE]], I'm a [[tax accountant|JOB_TITLE]], contadora pública, at [[Cereales del Litoral|ORGANIZATION]], a grain trading company in [[Rosario|CITY]]. We buy soy, corn and wheat from producers in the region and sell to exporters at the ports up the river, in [[San Lorenzo|CITY]] and [[Timbúes|CITY]]. I've been there since [[2014|DATE]]. I graduated from [[Universidad Nacional de Rosario|SCHOOL]], like half the accountants in this city.

AI: How does AI show up in tax accounting in [[Argentina|COUNTRY]]?

User: Ay, in [[Argentina|COUNTRY]] tax is a sport, the rules change every month. Especially since [[Milei|PUBLIC_FIGURE]] came in, there have been so many changes, export duties going up and down, regimes being eliminated, and [[ARCA|ORGANIZATION]] replacing the old [[AFIP|ORGANIZATION]]. So I use [[ChatGPT|AI_PRODUCT]] mostly to understand the structure of new resolutions, like, "explain this resolution in simple steps." But I never trust the details, because it often mixes the new rules with the old ones. Its knowledge is always behind our reality. For the actual numbers we use [[Tango Gestión|SOFTWARE]] and a lot of [[Excel|SOFTWARE]]. My [[boss|GENERIC_ROLE]], [[Graciela|PERSON]], she's the [[finance director|JOB_TITLE]], she says AI is like a junior who read the newspaper from last year.

AI: Can you give an example of something it helped with?

User: Yes. In [[September 2024|DATE]] there was a temporary reduction of export duties for grains, and every producer was calling us to ask what it meant for their contracts. I asked [[ChatGPT|AI_PRODUCT]] to make a simple explanation with an example, a producer selling a hundred tons of soy. Then my colleague [[Martín|PERSON]], we call him [[Flaco|PERSON]] because he's very tall and thin, checked the numbers and corrected two things. Then we sent it on [[WhatsApp|SOFTWARE]] to our producers. One of them, Don [[Ernesto|PERSON]], an old farmer from [[Casilda|CITY]], called me and said it was the first time he understood a tax change. That made my week.

AI: Are there limits or rules at your company?

User: The company has [[Microsoft Copilot|AI_PRODUCT]] now, since the beginning of this year, and we're supposed to use only that for work. The problem is [[Copilot|AI_PRODUCT]] is worse in Spanish for technical tax language, so some people still use [[ChatGPT|AI_PRODUCT]] on the side, with anonymised data. Our IT guy, [[Nacho|PERSON]], knows and pretends he doesn't. For client data we are very careful, CUITs, bank accounts, we never paste. Funny, I know my own CUIT, [[27-28459133-4|NATIONAL_ID]], by heart, I type it twenty times a week on the government site. If a machine could do that for me, I'd be happy.

AI: How do you feel about AI and your profession?

User: Honestly, I think accountants will survive because our rules are so chaotic, no AI can keep up. [[Luis Caputo|PUBLIC_FIGURE]] announces something on [[X|SOFTWARE]] at eleven at night, and in the morning we have to apply it. But the junior jobs, data entry, reconciliations, those will be automated. My daughter [[Valentina|PERSON]] is [[twelve|AGE]] and says she wants to be an influencer, not an accountant, and I said good, because maybe the AI will do my job anyway. And here in [[Rosario|CITY]], the only thing more important than taxes is [[Messi|PUBLIC_FIGURE]], so at least at lunch we talk about football, not AI.

AI: Thanks, [[Lucía|PERSON]]. How can we contact you for follow-up?

User: My [[LinkedIn|SOFTWARE]] is [[linkedin.com/in/lucia-bianchi-contadora|URL]]. Or my cell phone, I'll write it with dashes like I do online, [[3-4-1-6-5-5-7-2-9-0|OBF_PHONE|dashed_digits]], with the [[Rosario|CITY]] code first. I answer in the evening, during the day it's impossible.""")

# 22 Turkey, procurement
T.append("""AI: Merhaba, thank you for joining. Could you introduce yourself?

User: Merhaba. I'm [[Emre Yıldız|PERSON]], [[36|AGE]] years old. I work as a [[purchasing specialist|JOB_TITLE]] at [[Ege Tekstil|ORGANIZATION]] in [[İzmir|CITY]]. We produce cotton garments for European brands, so I buy yarn, fabric, buttons, zippers, packaging, and I manage about sixty suppliers, in [[Denizli|CITY]], [[Bursa|CITY]], [[Gaziantep|CITY]], and some in [[Egypt|COUNTRY]] and [[Uzbekistan|COUNTRY]]. I joined in [[2015|DATE]] after I finished industrial engineering at [[Dokuz Eylül University|SCHOOL]].

AI: How do you use AI in purchasing?

User: Mostly for analysis and communication. We have very high inflation in [[Türkiye|COUNTRY]], so prices change all the time, and I need to compare quotations very often. I export the data from [[Logo Tiger|SOFTWARE]], our ERP, to [[Excel|SOFTWARE]], and I use [[ChatGPT|AI_PRODUCT]] to help me build formulas that adjust prices for the exchange rate and inflation. My [[manager|GENERIC_ROLE]], [[Serkan|PERSON]] Bey, was suspicious at first, he asked me to show every formula. Now he asks me to teach others. For emails to our European customers I use [[ChatGPT|AI_PRODUCT]] or [[DeepL|AI_PRODUCT]], because their sustainability questions are very long and technical.

AI: Could you tell me about a specific time when it helped, or didn't?

User: The earthquake in [[February 2023|DATE]] was the hardest time. Some of our suppliers in [[Gaziantep|CITY]] and [[Hatay|CITY]] were badly hit. One supplier, [[Mehmet|PERSON]] Bey, lost his factory, and his family was okay but living in a tent. We needed to find alternative suppliers in days. I used [[ChatGPT|AI_PRODUCT]] to structure the search, which criteria, which questions, and to write quick requests in English for suppliers in [[Pakistan|COUNTRY]]. But honestly, in that situation, the phone was more important than any AI. Our [[purchasing director|JOB_TITLE]], [[Ayşe|PERSON]] Hanım, [[Ayşe Korkmaz|PERSON]], called every supplier personally. [[Ayşe|PERSON]] Hanım has thirty years of relationships, no AI has that.

AI: Are there rules in your company about AI use?

User: Not really formal. Our IT department installed [[Copilot|AI_PRODUCT]] last year, but most people still use [[ChatGPT|AI_PRODUCT]] because they know it. The customers, the big European brands, they are more strict. They sent us a supplier code of conduct with a paragraph about AI and their designs, we cannot put their technical drawings into public AI tools. So I'm careful. For personal documents too, I never put my TC Kimlik number, [[38457219046|NATIONAL_ID]], into any AI, even when I used it to help fill a visa form for a trade fair in [[Frankfurt|CITY]].

AI: How do you feel about the future of your job?

User: I'm not scared, but I'm watching. Procurement is negotiation, and negotiation in Turkish business is tea, time, relationship. AI can prepare me, but it cannot sit with the supplier. When [[Mehmet Şimşek|PUBLIC_FIGURE]] talks about inflation targets, we all laugh a bit, because our suppliers raise prices every month anyway. My wife [[Zeynep|PERSON]] is a teacher and she says the students use AI for everything, so the next generation will be different. My son [[Kerem|PERSON]] is [[five|AGE]], so we will see.

AI: Thank you, [[Emre|PERSON]]. How can we reach you later?

User: I write my email with spaces so bots can't read it: [[e m r e . y i l d i z @ h o t m a i l . c o m|OBF_EMAIL|letter_spaced]]. My phone is [[+90 532 418 77 09|PHONE_NUMBER]], [[WhatsApp|SOFTWARE]] is the same. Please not on [[Fridays|GENERIC_TIME]] after lunch, I'm at the supplier visits.""")

# 23 Ghana, microfinance
T.append("""AI: Good afternoon, and thank you for joining. Please introduce yourself.

User: Good afternoon. My name is [[Kwabena Owusu-Ansah|PERSON]], I am [[29|AGE]] years. I'm a [[loan officer|JOB_TITLE]] with [[Ashanti Growth Savings and Loans|ORGANIZATION]] in [[Kumasi|CITY]]. Our branch is in [[Adum|CITY]]. Most of my clients are traders at [[Kejetia|CITY]] market, women who sell cloth, provisions, cooking pots. I give them small loans, two thousand, five thousand cedis, and I follow up for repayment. I joined in [[2020|DATE]], after national service, and I studied at [[KNUST|SCHOOL]].

AI: How does AI fit into microfinance work like yours?

User: Ei, it's quite new for us. The company doesn't have an official AI tool yet. But many of us young officers use [[ChatGPT|AI_PRODUCT]] on our phones. I use it to prepare simple explanations of loan terms, because many of my clients did not go far in school, and I want to explain interest in a way they understand, sometimes in Twi. [[ChatGPT|AI_PRODUCT]]'s Twi is not very good, honestly, it sounds like a foreigner, so I write the Twi myself, but the structure, the examples, it helps. Also for my monthly reports to my [[branch manager|GENERIC_ROLE]], Mr. [[Boateng|PERSON]], I use it to make the English more professional.

AI: Could you describe a particular situation where AI helped you?

User: Yes. There's a woman, I'll call her by her market name, Auntie [[Comfort|PERSON]], she sells fabrics. She was behind on repayment and she was ashamed to talk to me. I asked [[ChatGPT|AI_PRODUCT]] how to structure a gentle conversation about restructuring a loan. It gave me good ideas, like start with her business, not the debt. It worked, we agreed a new schedule. [[Comfort|PERSON]] is now paying well. But I also learned that the AI doesn't understand our reality. It suggested she should "build an emergency fund of three months of expenses." For a market woman in [[Kumasi|CITY]], that's a joke. So I use it for the structure and my own sense for the rest.

AI: What about data and privacy?

User: That one we take seriously. Our core system is [[T24|SOFTWARE]], and client records stay there. I never put client names or Ghana Card numbers into [[ChatGPT|AI_PRODUCT]]. My own Ghana Card number, [[GHA-718243960-5|NATIONAL_ID]], I know by heart because every bank form asks for it, and mobile money registration too. Many clients repay through [[MTN MoMo|SOFTWARE]], and there are scammers everywhere pretending to be from microfinance companies. So we tell clients never to share their PIN. My colleague [[Abena|PERSON]] had a client who lost money to a scammer on [[WhatsApp|SOFTWARE]]. Now we have a rule, official communication only from the branch line.

AI: How do you see the future of your job?

User: I think AI will help with credit scoring, maybe using mobile money data. That is good and bad. Good because it's faster, bad because a machine cannot see that a woman had a bad month because her child was sick. When [[John Mahama|PUBLIC_FIGURE]] talks about the 24-hour economy and jobs for the youth, I think about my friends who are educated but jobless. If AI takes the entry-level jobs, where will they go? My sister [[Akua|PERSON]] finished nursing in [[December 2022|DATE]] and she is still looking for posting. So I'm positive about the tool but worried about the jobs.

AI: Thank you, [[Kwabena|PERSON]]. How can we reach you for follow-up?

User: You can email me at [[kwabena.oansah@gmail.com|EMAIL_ADDRESS]]. Or call me, I'll say it the way we say it here, [[zero-two-four, triple four, eight-one, double seven, three|OBF_PHONE|spoken_double_triple]]. After five p.m. is best, during the day I'm in the market.""")

# 24 Ireland, university IT support
T.append("""AI: Hi, thanks for taking the time. Could you tell me about your role?

User: Sure, no bother. I'm [[Ciarán Murphy|PERSON]], I'm [[44|AGE]], and I'm an [[IT support analyst|JOB_TITLE]] at [[University College Cork|SCHOOL]], in the central IT services team. I've been there since [[2008|DATE]], so I've seen everything from [[Windows XP|SOFTWARE]] to whatever we're on now. We support staff and about twenty-five thousand students, so laptops, Wi-Fi, accounts, the virtual learning environment, printers, all of it.

AI: How has AI changed IT support at the university?

User: Two big changes. One, the students. [[Every September|GENERIC_TIME]] when they arrive, half the tickets are now about AI, like "can I use [[ChatGPT|AI_PRODUCT]] for my essay" which isn't our question to answer, it goes to their lecturers. Two, our own tools. Our service desk runs on [[TOPdesk|SOFTWARE]], and we've started using [[Copilot|AI_PRODUCT]] to draft knowledge articles and summarise long ticket threads. My [[team lead|GENERIC_ROLE]], [[Deirdre|PERSON]], made a rule that every AI-drafted article gets a human review from someone who actually did the fix. That's been good, because the first batch of articles [[Copilot|AI_PRODUCT]] wrote for [[Eduroam|SOFTWARE]] setup on [[Android|SOFTWARE]] were wrong in about four different ways.

AI: Can you tell me about a particular incident?

User: Yeah, there was one [[last spring|GENERIC_TIME]]. A PhD student, I'll just call her [[Aoife|PERSON]], came in panicking because her thesis files had synced weirdly between [[OneDrive|SOFTWARE]] and her laptop and she'd asked [[ChatGPT|AI_PRODUCT]] what to do, and it told her to delete the local cache. Which deleted the only copy of three chapters that hadn't synced. We got most of it back from version history, but it was a very long afternoon. My colleague [[Fiachra|PERSON]], who's our [[storage specialist|JOB_TITLE]], was a legend that day. It taught me that people trust these chatbots for IT advice more than they trust us, honestly, because the chatbot answers instantly and sounds sure.

AI: What about policies around data and AI in the university?

User: There's a university policy now, and we're only meant to use [[Copilot|AI_PRODUCT]] with our university login for anything with personal data. GDPR is taken very seriously. I'm careful with my own stuff as well, when I did my PPS number, [[7614382TA|NATIONAL_ID]], for the pension scheme online, I made sure I wasn't on some dodgy form. And when they sent me a new work laptop to my house during the lockdown, I had to give my Eircode, [[T12 X8KP|ADDRESS]], over the phone to a courier, and I was thinking, I'm telling my staff to be careful and here I am reading out my address to a stranger.

AI: How do you feel about where this is all going?

User: Mixed. I use AI every day, it makes me faster at writing [[PowerShell|SOFTWARE]] and documentation. But I worry about the juniors. When I started, I learned by doing the boring tickets. If AI does the boring tickets, how do new people learn? I have a nephew, [[Oisín|PERSON]], he's [[nineteen|AGE]] and doing computer science in [[Limerick|CITY]], and he's worried there won't be entry-level jobs. Meanwhile [[Micheál Martin|PUBLIC_FIGURE]] is on the radio saying [[Ireland|COUNTRY]] will be an AI hub. I'm sure the data centres will be fine. Not sure about the lads on the help desk.

AI: Thanks, [[Ciarán|PERSON]]. How can we get in touch if we need to follow up?

User: My personal email is [[c murphy 74 @ eircom . net|OBF_EMAIL|spaces_in_email]], just take out the spaces. I'm also on [[Mastodon|SOFTWARE]] as [[@cmurphy@mastodon.ie|SOCIAL_HANDLE]], and I keep a small blog about fixing old laptops at [[ciaranfixesthings.ie|URL]]. My mobile is [[087 264 1193|PHONE_NUMBER]], but I'm out at [[Ballincollig|CITY]] most evenings at hurling training with the kids, so email's better.""")

# 25 Indonesia, FMCG sales
T.append("""AI: Hello, thanks for joining. Please tell me about yourself and your job.

User: Hello, thank you. My name is [[Dimas Prasetyo|PERSON]], I'm [[31|AGE]], and I'm a [[key account executive|JOB_TITLE]] at [[PT Sinar Jaya Distribusi|ORGANIZATION]] in [[Surabaya|CITY]]. We distribute snacks and drinks to modern retail, so my accounts are the minimarket chains, [[Indomaret|ORGANIZATION]] and [[Alfamart|ORGANIZATION]] branches in [[East Java|CITY]], and some local supermarkets in [[Sidoarjo|CITY]] and [[Malang|CITY]]. I joined in [[2018|DATE]] after graduating from [[Airlangga University|SCHOOL]].

AI: How does AI fit into your sales work, [[Dimas|PERSON]]?

User: Many ways, but not official. The company doesn't have a policy yet. Personally I use [[ChatGPT|AI_PRODUCT]] and [[Gemini|AI_PRODUCT]] on my phone. For example, to make promotion proposals. Every month I must propose promotions to the category buyers, like buy two get one, or a display in the front of the store. I give [[ChatGPT|AI_PRODUCT]] the sales data, only the numbers, no store names, and ask it to suggest which products to promote and write the proposal in nice Indonesian. My [[supervisor|GENERIC_ROLE]], Pak [[Hendra|PERSON]], likes the proposals, he doesn't know AI helps, haha. Actually, maybe he knows now, because I'm telling you.

AI: Is there any situation where it didn't go well?

User: Yes, one time during [[Ramadan|GENERIC_TIME]]. Sales of syrup and biscuits go very high, and I asked [[ChatGPT|AI_PRODUCT]] to predict how much stock we need. It gave a number that was way too low, because it didn't understand that in [[Indonesia|COUNTRY]] [[Ramadan|GENERIC_TIME]] and [[Lebaran|GENERIC_TIME]] change everything. We almost ran out in several stores. My colleague Mbak [[Rina|PERSON]], from the demand planning team, saved us, she uses her own [[Excel|SOFTWARE]] model from five years of data. After that, I only use AI for writing, not for forecasting. [[Rina|PERSON]] is the forecasting queen.

AI: What about communication with clients and colleagues?

User: Everything is [[WhatsApp|SOFTWARE]]. All our orders, complaints, photos of displays, everything. Now [[WhatsApp|SOFTWARE]] has [[Meta AI|AI_PRODUCT]] inside, and some store managers use it to translate or summarise, and sometimes they forward me strange answers. Our sales reports go into [[Odoo|SOFTWARE]], and we have to upload photos of display compliance. Also data privacy, there's the new personal data protection law, and our office had one training. Like, I know my own NIK, [[3578041203930002|NATIONAL_ID]], because every form asks, but I would never type it into a chatbot. My wife [[Ayu|PERSON]] says I'm too careful, she uses AI for her online batik shop on [[Shopee|SOFTWARE]] without thinking.

AI: How do you see your career with AI?

User: I want to move to category management, so I'm learning data analysis. AI can help me learn faster. But the relationship with buyers is still most important. Buyers like Bu [[Sari|PERSON]] at one supermarket, she wants me to come personally, bring samples, chat. No AI can do that. In the news, [[Prabowo|PUBLIC_FIGURE]] talks about digital economy and AI, and [[Nadiem Makarim|PUBLIC_FIGURE]] was always talking about technology before, but for us in distribution, the change is slow. Maybe in five years everything is automatic, I don't know.

AI: Thank you, [[Dimas|PERSON]]. How can we contact you later?

User: Email [[dimas.prasetyo et gmail titik com|OBF_EMAIL|indonesian_et_titik]], in [[Indonesia|COUNTRY]] we say "et" for the at sign and "titik" for dot. Or [[WhatsApp|SOFTWARE]] [[0812-3345-7781|PHONE_NUMBER]]. I'm also on [[Instagram|SOFTWARE]], [[@dimas.fmcg|SOCIAL_HANDLE]], I post about sales tips sometimes.""")


def wc(raw):
    text, _ = build(raw.strip())
    return len(text.split())

for i, raw in enumerate(T, 1):
    n = wc(raw)
    print(i, "words", n)
    assert 500 <= n <= 1100, (i, n)

write_set(T, "set_au")
