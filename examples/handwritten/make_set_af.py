import sys
from markup import write_set
T = []

# 1 Kenya - HR officer
T.append("""AI: Thank you for agreeing to talk with me today. To start, could you tell me a bit about yourself and the work you do?

User: Sure. I'm [[Wanjiru Kamau|PERSON]], I'm [[34|AGE]], and I'm an [[HR officer|JOB_TITLE]] at [[Mwangaza Freight|ORGANIZATION]]. We're a logistics company, mostly long-haul trucking to [[Kampala|CITY]] and [[Kigali|CITY]], and the head office is in [[Industrial Area|CITY]] here in [[Nairobi|CITY]]. I joined in [[March 2019|DATE]]. Before that I did my degree at [[Strathmore University|SCHOOL]] and then two years at a bank, which I did not enjoy. In HR it's just me and [[Brian|PERSON]], plus our [[boss|GENERIC_ROLE]], Mr. [[Otieno|PERSON]], who also handles admin. We have about four hundred staff, most of them drivers and mechanics, so there is a lot of paperwork: contracts, leave forms, warning letters, job adverts.

AI: How did you first start using AI tools in that work?

User: Honestly, through my younger sister. [[Njeri|PERSON]] is at university and she was using [[ChatGPT|AI_PRODUCT]] for her assignments, and over the [[Christmas holidays|GENERIC_TIME]] she showed me on her phone. I tried it the next week for an advert for turnboys, the guys who ride with the drivers, and it came out better than what I used to write. Now I use it almost every day. The company moved to [[Microsoft 365|SOFTWARE]] [[last year|GENERIC_TIME]], so [[Copilot|AI_PRODUCT]] is also there inside [[Outlook|SOFTWARE]], but I find it slow and it keeps suggesting very American phrases. For Swahili adverts [[ChatGPT|AI_PRODUCT]] is better, though I still have to fix the grammar sometimes.

AI: Can you walk me through a specific example where it helped, or where it didn't?

User: Okay, one example. In [[February|GENERIC_TIME]] we had a case with a driver, [[Kiprop|PERSON]], sorry, maybe I shouldn't say names... anyway, fuel receipts that didn't match the tracker. I had to write a show-cause letter. I described the situation to [[ChatGPT|AI_PRODUCT]] without his name and asked for a formal letter following the Employment Act. It gave me a good structure, but it invented a section number that doesn't exist. Our advocate, Mrs. [[Achieng|PERSON]] from [[Achieng & Partners|ORGANIZATION]], caught it before it went out. Since then I don't trust it on legal things. I use it for the tone and the structure, and I check the law myself or I ask her.

AI: Are there rules at [[Mwangaza|ORGANIZATION]] about what you can put into these tools?

User: Nothing written. [[Brian|PERSON]] is the careful one. He says never paste payslips, never paste ID numbers or [[KRA|ORGANIZATION]] PINs, and I agree with him. There was one time I almost pasted a whole sheet from [[Excel|SOFTWARE]] with names and salaries to ask it to calculate leave balances, and he literally pulled my laptop away. Now I make a copy and delete the names first. I think the company should have a policy, especially since the Data Protection Act came in here in [[Kenya|COUNTRY]]. I raised it with Mr. [[Otieno|PERSON]] but he's more excited than worried. He watched some clip of [[Elon Musk|PUBLIC_FIGURE]] saying AI will do all the jobs, and now he jokes that HR can be one person. I told him, fine, then who will talk to the drivers when their salary is late?

AI: How do the other people around you feel about it?

User: Mixed, really. The [[CFO|GENERIC_ROLE]] uses it for his board reports. The drivers don't care as long as the payslip is correct. My husband [[Mwangi|PERSON]] teaches at a secondary school in [[Thika|CITY]] and he is very against it, he says the students are copying everything. We argue about it at dinner. I think for my job it saves me maybe an hour a day, which matters when you're two people for four hundred staff. But I also feel I'm writing less myself, and I worry that in five years I won't remember how to write a proper letter without it.

AI: That's a really interesting point, [[Wanjiru|PERSON]]. Would you be willing to take part in a follow-up interview in a few months? If so, how should we contact you?

User: Yes, happy to. Email is best: [[wanjiru dot kamau at gmail dot com|OBF_EMAIL|spelled_at_dot]]. I write it like that because of spam, you understand. Or [[WhatsApp|SOFTWARE]] on [[+254 722 418 903|PHONE_NUMBER]], but only after five, because during the day I'm running around the yard. Good luck with the study.""")

# 2 Germany - structural engineer
T.append("""AI: Hello, and thanks for making time for this. Could you start by telling me who you are and what you do?

User: Of course. My name is [[Katrin Vogel|PERSON]], I'm [[41|AGE]], and I'm a [[structural engineer|JOB_TITLE]] at [[Schubert Tragwerksplanung|ORGANIZATION]] in [[Leipzig|CITY]]. We're about thirty people and we do the structural design for schools, housing, a few small bridges for the city. I studied civil engineering at [[TU Dresden|SCHOOL]] and I've been with [[Schubert|ORGANIZATION]] since [[2012|DATE]], so I'm part of the furniture now. I live in [[Gohlis|CITY]] with my partner [[Till|PERSON]] and our son, who is in primary school and already asks [[ChatGPT|AI_PRODUCT]] about dinosaurs.

AI: Where does AI show up in your own work at the moment?

User: Less than people think. The actual calculations we do in [[RFEM|SOFTWARE]] and the drawings in [[Allplan|SOFTWARE]], and nobody would trust a chatbot with a load calculation, at least I hope not. Where I use it is everything around the engineering: tender texts, explanatory reports, emails to architects. We have a project with a developer from [[Denmark|COUNTRY]] right now, so I write in German and put it through [[DeepL|AI_PRODUCT]] to get English, then I fix the technical terms. My [[colleague|GENERIC_ROLE]] [[Jens|PERSON]] uses [[ChatGPT|AI_PRODUCT]] to write little [[Python|SOFTWARE]] scripts that pull the results out of [[RFEM|SOFTWARE]] into [[Excel|SOFTWARE]], which saved us a lot of stupid copying by hand.

AI: Can you describe a moment when it went well, or badly?

User: Badly first, because that's more fun. [[Last year|GENERIC_TIME]] we did a sports hall for a school in [[Halle|CITY]]. I asked [[ChatGPT|AI_PRODUCT]] to summarise a section of the Eurocode for a meeting with the [[client|GENERIC_ROLE]], and it very confidently gave me a value from an old DIN standard, not the current one. I noticed because I know that number by heart, but a young [[colleague|GENERIC_ROLE]] might not have. After that our [[managing director|GENERIC_ROLE]], Herr [[Ziegler|PERSON]], sent a mail to everyone: no norms, no numbers from chatbots. Fair enough. The good moment was the opposite kind of thing. Our [[secretary|JOB_TITLE]], Frau [[Lindemann|PERSON]], had to reorganise the whole project archive, twenty years of folders, and [[Jens|PERSON]] and I helped her get [[ChatGPT|AI_PRODUCT]] to suggest a naming scheme. It took one afternoon instead of a week of arguing.

AI: How does the company handle the risks, for example around confidential project data?

User: We got a one-page guideline in [[spring|GENERIC_TIME]]. No [[client|GENERIC_ROLE]] names, no drawings, nothing with personal data, and anything that goes to the building authority is checked by a human who signs it. We also have [[Copilot|AI_PRODUCT]] licences now for the people who want them, because it stays inside our [[Microsoft 365|SOFTWARE]] tenant, at least that's what the IT guy from [[Netzwerk Ost|ORGANIZATION]] told us, they're our external IT company. I'm honestly not sure how much I believe it. I read an interview with [[Sam Altman|PUBLIC_FIGURE]] where he said people trust these things too much, and I thought, yes, that's me on a [[Friday afternoon|GENERIC_TIME]].

AI: Has it changed how you see your profession?

User: A bit. I'm not worried that it will replace engineers, because someone has to carry the liability, and in [[Germany|COUNTRY]] that's very clear, it's my stamp on the calculation. But I do worry about the juniors. When I started, my mentor, old Herr [[Brandt|PERSON]], made me do everything by hand once before I was allowed to use software. The new people skip that step entirely. [[Till|PERSON]] says I sound like my father when I talk like that, and maybe he's right.

AI: Thank you, Frau [[Vogel|PERSON]]. Would you be available for a short follow-up later in the year? How can we reach you?

User: Yes, sure. Work email is fine, it's [[k.vogel@schubert-tragwerk.de|EMAIL_ADDRESS]], or the office line, [[0341 2295 8140|PHONE_NUMBER]], ask for me directly. Not in [[August|GENERIC_TIME]] though, we are in the Baltic with the camper. And thank you, it was interesting to think about it properly for once.""")

# 3 India - community pharmacist
T.append("""AI: Thanks for joining. Could you introduce yourself and tell me a bit about where you work?

User: Yes, hello. I'm [[Rohan Deshpande|PERSON]], I'm [[29|AGE]] years old, and I'm a [[pharmacist|JOB_TITLE]] at [[Sai Krupa Medicals|ORGANIZATION]] in [[Kothrud|CITY]], [[Pune|CITY]]. It's a family shop actually, my uncle started it, we all call him [[Suresh|PERSON]] kaka, and I joined him after my B.Pharm from [[Poona College of Pharmacy|SCHOOL]] in [[2017|DATE]]. We're a normal neighbourhood medical store, three counters, open till eleven at night. Lot of elderly customers, lot of regular prescriptions for diabetes and BP.

AI: How is AI part of your work there, if at all?

User: More than you'd expect for a small shop. First thing, our billing and stock software, [[Marg|SOFTWARE]], has started showing some suggestions for reordering, I think it's AI-based, it tells us which stock is slow moving. Second, I personally use [[ChatGPT|AI_PRODUCT]] and sometimes [[Gemini|AI_PRODUCT]] on my phone when a [[customer|GENERIC_ROLE]] asks something about interactions, like can I take this cough syrup with my BP tablet. I don't give the answer from [[ChatGPT|AI_PRODUCT]] directly, I cross-check in [[Medscape|SOFTWARE]], but it helps me explain in simple Marathi or Hindi. Older customers like when you explain slowly.

AI: Could you give a concrete example?

User: Yes. There is one aunty, Mrs. [[Joshi|PERSON]], she's maybe [[seventy-five|AGE]], she comes every month with prescriptions from two different doctors, one cardiologist and one from [[Sahyadri Hospital|ORGANIZATION]] for her knees, and they don't talk to each other. Last time I noticed two of her medicines both had the same salt, basically a double dose. I typed the names into [[ChatGPT|AI_PRODUCT]] to quickly confirm, then I called Dr. [[Bhave|PERSON]], her heart doctor, and he changed it. Without AI I would have caught it also, I think, but it was faster to be sure while she was standing there. [[Suresh|PERSON]] kaka was impressed, he told the whole family at [[Diwali|GENERIC_TIME]].

AI: Are there any worries, either yours or your uncle's, about using these tools?

User: My worry is mainly wrong information. Sometimes it gives very American brand names that we don't have in [[India|COUNTRY]], or doses in a format that is confusing. And people are now coming to the counter saying [[ChatGPT|AI_PRODUCT]] told me to take this antibiotic, can you give without prescription. That's a new headache. Kaka's worry is different, he thinks the big online pharmacies like [[PharmEasy|ORGANIZATION]] will use AI and kill small shops. He saw some video of [[Sundar Pichai|PUBLIC_FIGURE]] talking about AI in health and got tense for a week. Also I'm careful that I never type a [[customer|GENERIC_ROLE]]'s name or phone into it, only the medicine names.

AI: Is there anything about your registration or professional rules that affects how you use it?

User: Not specifically for AI. The Pharmacy Council rules are about who can dispense, and the license is in my name, registration number [[MH-PH-0481127|NATIONAL_ID]], it's displayed on the wall as per rule. So if something goes wrong it is my responsibility, not the chatbot's. That keeps me careful. My friend [[Aditya|PERSON]] works at a hospital pharmacy in [[Bangalore|CITY]] and they have official rules, but for small shops nobody tells you anything.

AI: This has been very useful, [[Rohan|PERSON]]. Would you be open to a follow-up conversation? If yes, how can we reach you?

User: Sure, no problem. Call or [[WhatsApp|SOFTWARE]] me on [[nine eight two two, zero four one, seven seven six|OBF_PHONE|spoken_digits]]. Best time is afternoon, two to four, that's when the shop is quiet. Evenings are full rush. All the best for your research.""")

# 4 Brazil - accountant
T.append("""AI: Good morning, and thank you for taking part. Could you tell me a little about yourself and your work?

User: Good morning! My name is [[Fernanda Ribeiro Lopes|PERSON]], I'm [[38|AGE]], I'm an [[accountant|JOB_TITLE]]. I work at [[Contábil Araucária|ORGANIZATION]], a small accounting office in [[Curitiba|CITY]], in the [[Batel|CITY]] area. We're seven people and we handle the books for about ninety small businesses: bakeries, mechanics, a few clinics, some people who sell online. I graduated from [[UFPR|SCHOOL]] and I've been at the office since [[2015|DATE]]. Before that I worked in the finance department of a supermarket chain, which was very boring.

AI: How do you use AI tools in your work?

User: Mostly [[ChatGPT|AI_PRODUCT]], the paid version, which I pay myself because the office doesn't want to pay yet. I use it a lot to explain things to clients. Our clients are not accountants, so when the [[Receita Federal|ORGANIZATION]] changes some rule, I ask it to help me write a simple message for [[WhatsApp|SOFTWARE]]. The actual bookkeeping is in [[Domínio|SOFTWARE]], that's the accounting system, and the spreadsheets in [[Excel|SOFTWARE]]. Sometimes I ask [[ChatGPT|AI_PRODUCT]] to write a formula for me, like to reconcile a bank statement. My [[colleague|GENERIC_ROLE]] [[Thiago|PERSON]] is the young one, he uses [[Claude|AI_PRODUCT]] too and says it's better with long documents.

AI: Can you share a specific situation where it made a difference?

User: Yes. We have a [[client|GENERIC_ROLE]], [[Padaria Dona Zica|ORGANIZATION]], a bakery that's been with us forever. The [[owner|GENERIC_ROLE]], Seu [[Valdir|PERSON]], he's lovely but he keeps all his receipts in a shoebox, literally. In [[April|GENERIC_TIME]], in the middle of the income tax season, he brought the shoebox. [[Thiago|PERSON]] took photos and we used an AI tool to read the receipts and put them in a table. Maybe seventy percent was correct, the rest we typed. Before, that would take me two full days. But I had to check every line, because it mixed up some dates and one time it read five hundred as fifty. So it's help, not a replacement.

AI: What about the tax reform? Has AI helped you keep up with changes?

User: Ah, the reforma tributária, everybody's nightmare. Honestly, here I'm more careful. The rules are still coming out, and [[ChatGPT|AI_PRODUCT]] sometimes answers with old information or mixes things. I follow a professor on [[Instagram|SOFTWARE]], [[@profmarcelo.tributos|SOCIAL_HANDLE]], he explains it well, and then I ask [[ChatGPT|AI_PRODUCT]] to make a summary of his points for the clients. Our [[boss|GENERIC_ROLE]], Dona [[Célia|PERSON]], she owns the office, she says [[Lula|PUBLIC_FIGURE]] and Congress made the reform and now we have to make sense of it with robots. She's half joking. She doesn't use AI at all, she prints everything.

AI: Do you have any concerns about confidentiality, since you handle a lot of financial data?

User: Yes, a lot. I never put the CPF or CNPJ of a [[client|GENERIC_ROLE]] into [[ChatGPT|AI_PRODUCT]], never the names. The LGPD, the data protection law, and the fines are serious. I anonymise everything, I write [[client|GENERIC_ROLE]] A, [[client|GENERIC_ROLE]] B. [[Thiago|PERSON]] is less careful, I had to talk to him once because he pasted a whole payroll to ask for a summary. After that, Dona [[Célia|PERSON]] asked us to write some rules, and I wrote them, with help from [[ChatGPT|AI_PRODUCT]], ironically.

AI: That's a great detail, [[Fernanda|PERSON]]. Would you be open to being contacted again for a follow-up interview?

User: Of course. My email, I'll say it in the Brazilian way: [[fe.ribeiro arroba contabilaraucaria ponto com ponto br|OBF_EMAIL|portuguese_arroba]]. Or you can call the office, but email is better, I'm always on the phone with clients. My daughter [[Lívia|PERSON]] says I answer emails faster than her messages. Tchau!""")

# 5 UK - bus driver
T.append("""AI: Thanks for speaking with me. Could you start by telling me a bit about yourself?

User: Aye, no bother. I'm [[Gary Holmes|PERSON]], I'm [[fifty-two|AGE]], and I'm a [[bus driver|JOB_TITLE]] with [[First South Yorkshire|ORGANIZATION]], out of the depot at [[Ecclesfield|CITY]]. Been driving buses since [[1998|DATE]], before that I was at the steelworks till they laid half of us off. I live in [[Hillsborough|CITY]], [[Sheffield|CITY]], born and bred. I'm also the union rep at the depot for [[Unite|ORGANIZATION]], so that's a second job really, unpaid.

AI: I'm curious how AI comes into your working life as a driver.

User: Well, the driving itself, not much, thank God. But there's the cameras. The company put in these new cab cameras a couple of years back, [[Lytx|SOFTWARE]] I think they're called, and they've got AI in them that flags if you look at your phone or you brake too hard. It sends a clip to the office. That's caused a lot of grief, lads getting called in because the camera thought they were on their phone and they were just scratching their ear. I've had three of those cases as a rep. So for me AI is partly the thing I'm fighting, if you know what I mean.

AI: And do you use any AI tools yourself?

User: I do, which is funny. My daughter [[Kirsty|PERSON]] put [[ChatGPT|AI_PRODUCT]] on my phone [[last Christmas|GENERIC_TIME]]. I'm not a writer, I left school at sixteen, and the union casework is all letters and appeals. So now when one of the lads gets a disciplinary, I tell [[ChatGPT|AI_PRODUCT]] what happened, no names, and it helps me set out the appeal properly. Like, one lad, [[Dev|PERSON]], had a flag for mobile use, and I got it to help me write why the footage didn't show what they said it showed. We won that one. The [[depot manager|GENERIC_ROLE]] said it was the best-written appeal he'd seen from me. I didn't tell him.

AI: Are there any concerns you have about using it that way?

User: Course. I'm careful with names, I never put a lad's staff number in, or his address, nothing. The union sent round a guidance note an' all. And it does come out sounding a bit posh, like a solicitor, so I rough it up a bit so it sounds like me. My mate [[Tony|PERSON]], he's the rep at the [[Rotherham|CITY]] depot, he won't touch it, says it's how they get you, they'll read all your stuff. Might be right. I saw [[Keir Starmer|PUBLIC_FIGURE]] on the telly going on about AI making the country more efficient, and I thought, aye, efficient at sacking bus drivers.

AI: How do you see AI affecting your job in the future?

User: Driverless buses, that's what everyone jokes about in the canteen. I don't see it round here, not with our hills and the roadworks every other week. But the camera stuff will get worse, I reckon, more monitoring. My wife [[Tracy|PERSON]] works at the [[Northern General|ORGANIZATION]], she's on the wards, and she says they've got the same, computers telling them how long each job should take. It's everywhere, isn't it.

AI: That's a vivid picture, [[Gary|PERSON]]. Would you be happy for us to get in touch for a follow-up?

User: Yeah, go on. Ring me rather than email, I'm rubbish at email. It's [[oh-seven-seven-nine-eight, double four, one-two-six, three-oh|OBF_PHONE|spoken_digits_uk]]. If I don't pick up I'm driving, leave a message and I'll ring you back on my break. Ta-ra.""")

# 6 Philippines - call-centre agent
T.append("""AI: Hi, thanks for joining. Can you tell me a bit about yourself and your work?

User: Hi! I'm [[Maria Angelica Villanueva|PERSON]], but everyone calls me [[Gel|PERSON]]. I'm [[26|AGE]], and I'm a [[customer service representative|JOB_TITLE]] at [[Teleperformance|ORGANIZATION]], in the [[IT Park|CITY]] in [[Lahug|CITY]], [[Cebu City|CITY]]. I'm on a telco account from the [[US|COUNTRY]], so I work graveyard shift, ten p.m. to seven a.m. I've been in BPO since [[2020|DATE]], I started during the pandemic right after I graduated from [[University of San Carlos|SCHOOL]]. I'm originally from [[Dumaguete|CITY]], my family is still there, I'm the one sending money home.

AI: How is AI part of your job day to day?

User: A lot now. Since [[last year|GENERIC_TIME]] we have an AI assist panel on the side of the screen, inside [[Salesforce|SOFTWARE]]. While I'm talking to the [[customer|GENERIC_ROLE]] it listens and suggests the next answer, or pulls up the knowledge article. It also shows a sentiment score, like if the caller is getting angry the bar turns red. Honestly sometimes it's useful, especially for billing disputes because the promos change every week and nobody can memorise them. But sometimes it suggests something totally wrong, like offering a discount the caller isn't eligible for, and if you read it out, you get marked down in QA. So you learn when to ignore it.

AI: Do you use any other AI tools, outside the official ones?

User: [[Grammarly|AI_PRODUCT]] is allowed, we use it for the chat and email tickets. [[ChatGPT|AI_PRODUCT]] is blocked on the work computers, but some agents use it on their phones during break to practise, like they type a difficult scenario and ask how to de-escalate. My [[TL|GENERIC_ROLE]], Ma'am [[Joy|PERSON]], doesn't like that, she says just use the approved scripts. Also our [[accent coach|JOB_TITLE]], Sir [[Rommel|PERSON]], has an AI tool that scores your pronunciation. I got a low score on my "f" and "p" sounds, haha, it was so embarrassing, the whole wave was laughing.

AI: How do you feel about the monitoring side of it, the sentiment scores and so on?

User: Mixed. Before, QA would listen to maybe five of your calls a month. Now the AI checks every single call and gives you a score. My friend [[Kristine|PERSON]] got flagged because the system said she had "negative tone", but the [[customer|GENERIC_ROLE]] was literally shouting at her for twenty minutes about his bill. She had to explain herself in coaching. There's a lot of stress from that. Also the chatbot takes the easy calls now, like password resets, so what's left for us is only the angry ones. Our [[operations manager|GENERIC_ROLE]] said that means we're more "high value" now. Okay, but the pay is the same.

AI: Do you worry about your job in the long run?

User: Yes, everyone in [[Cebu|CITY]] talks about it. The [[Philippines|COUNTRY]] depends so much on BPO. My tita in [[Dumaguete|CITY]] asks me [[every Christmas|GENERIC_TIME]] if the robots took my job already. I think voice work will stay for some years, because Americans still want to talk to a human when there's a problem. But I'm taking an online course in data analytics just in case. I also post about call-centre life on [[TikTok|SOFTWARE]], [[@gelvillanueva.cx|SOCIAL_HANDLE]], and my videos about the AI monitoring got the most views. A lot of agents from [[India|COUNTRY]] and [[Colombia|COUNTRY]] commented that it's the same for them.

AI: Thank you, [[Gel|PERSON]], this is really helpful. Can we contact you for a follow-up interview?

User: Sure! Email me at [[gel.villanueva[at]yahoo[dot]com|OBF_EMAIL|bracket_at_dot]]. Please don't call during the day because I'm sleeping, haha. And if you need my employee ID for verification, it's [[TP-4471092|NATIONAL_ID]], but I think you don't need it.""")

# 7 Canada - child protection social worker
T.append("""AI: Thank you for being here. Could you tell me a little about yourself and your role?

User: Sure. I'm [[Shauna McKay|PERSON]], I'm [[45|AGE]], and I'm a [[child protection social worker|JOB_TITLE]] with [[Winnipeg Child and Family Services|ORGANIZATION]]. I've been in the field since [[2006|DATE]], right after my BSW at the [[University of Manitoba|SCHOOL]]. I live in [[St. Vital|CITY]] with my two teenagers, and most of the families on my caseload are in the [[North End|CITY]]. Right now I carry twenty-two files, which is too many, but that's a whole other interview.

AI: Where, if anywhere, does AI come into your work?

User: It's pretty new for us. The agency ran a pilot with [[Copilot|AI_PRODUCT]] this past [[fall|GENERIC_TIME]] for a small group of workers, and I volunteered because my documentation is always behind. The biggest time sink in this job is case notes. You do a home visit, it's emotional, it's complicated, and then you have to write it all up in [[CFSIS|SOFTWARE]], which is our case management system and is about twenty years old. So I'd dictate rough notes in the car and have [[Copilot|AI_PRODUCT]] clean them up into the right format. It probably saved me four or five hours a week.

AI: That sounds significant. Were there any problems?

User: Yes, definitely. The first thing is it sometimes changed the meaning. I'd say something like "mom appeared tired" and it would write "mother appeared impaired", which is a huge difference in a child protection file. That could end up in front of a judge. So I had to read every word. My [[supervisor|GENERIC_ROLE]], [[Priyanka|PERSON]], caught one of those in my notes and we had a long talk about it. Also, a lot of my families are Indigenous, and it would put in this very clinical, almost colonial language. I kept having to fix that. An Elder I work with, [[Gladys|PERSON]], said to me once, "the machine doesn't know our kids", and that stuck with me.

AI: How did you and the agency handle privacy?

User: That was the big debate. We were told to only use the [[Copilot|AI_PRODUCT]] inside our own tenant, never [[ChatGPT|AI_PRODUCT]], and never to put in full names or birthdates of kids. So I'd write "child A, child B". But some details are identifying on their own, like if you say the family lives on a particular street and the dad works at a particular plant. Our union, [[MGEU|ORGANIZATION]], raised concerns too. And one of my colleagues, [[Derek|PERSON]], refused to join the pilot at all. I respect that. He's been doing this longer than me.

AI: How do you see this going forward for social work?

User: Honestly, I'm torn. If it gives me more time with families and less time typing, that's the dream. But I've read about agencies in the [[United States|COUNTRY]] using algorithms to predict which families to investigate, and that terrifies me. I don't want a risk score deciding whose kids get apprehended. I said that to our [[director|GENERIC_ROLE]] at the town hall in [[May|GENERIC_TIME]]. She said that's not on the table. For now, anyway. My sister [[Colleen|PERSON]] is a [[nurse|JOB_TITLE]] in [[Brandon|CITY]] and she says the same conversations are happening in health care.

AI: Thank you, [[Shauna|PERSON]]. Would you be open to a follow-up interview? How should we contact you?

User: Yes, I'd like that. My personal email is best, not the work one: [[shauna.mckay (at) mts (dot) net|OBF_EMAIL|paren_at_dot]]. Or my cell, [[204-981-3307|PHONE_NUMBER]]. Texting is easier than calls, I'm in and out of people's homes all day.""")

# 8 Japan - architect
T.append("""AI: Thank you for joining us. Could you introduce yourself?

User: Yes. My name is [[Takeshi Morimoto|PERSON]]. I am [[47|AGE]] years old. I am an [[architect|JOB_TITLE]] at [[Kitahama Sekkei|ORGANIZATION]], a design office in [[Osaka|CITY]], near [[Yodoyabashi|CITY]] station. We are eleven people. Mostly we do small housing, clinics, and renovation of old machiya townhouses in [[Kyoto|CITY]]. I studied at [[Kyoto Institute of Technology|SCHOOL]], and I joined this office in [[2004|DATE]]. Sorry, my English is not so perfect.

AI: Your English is great. How do you use AI in your design work?

User: Thank you. At first, image generation. About two years ago our young staff, especially [[Sato|PERSON]]-san, started using [[Midjourney|AI_PRODUCT]] for early concept images. For example, a [[client|GENERIC_ROLE]] says "I want a house that feels like a forest", and in ten minutes we have twenty images to show. Before, that took maybe three days of sketches and a small model. The real drawings are still in [[Revit|SOFTWARE]] and [[Vectorworks|SOFTWARE]], AI does not make drawings that can be built. But for the first conversation with the [[client|GENERIC_ROLE]], it changed a lot.

AI: How do clients respond to these images?

User: Mixed. Some clients love it. But there is a danger. One [[client|GENERIC_ROLE]], a [[dentist|JOB_TITLE]] in [[Sakai|CITY]], Dr. [[Hirano|PERSON]], saw a [[Midjourney|AI_PRODUCT]] image and fell in love with it. It had a big cantilever, floating roof, very beautiful, but almost impossible on her budget. Then it was difficult to explain why the real building cannot look like the picture. Since then I tell clients clearly: this is mood, not design. Also I worry about copyright. Some images look very much like the work of [[Tadao Ando|PUBLIC_FIGURE]], and we cannot show clients something that copies a famous master.

AI: Do you use text-based AI as well?

User: Yes, [[ChatGPT|AI_PRODUCT]] and [[DeepL|AI_PRODUCT]], for English. [[Last year|GENERIC_TIME]] we had a project for a hotel group from [[Singapore|COUNTRY]] and all emails were in English. I write in Japanese, [[DeepL|AI_PRODUCT]] translates, then [[ChatGPT|AI_PRODUCT]] makes it more polite and natural. I tried [[ChatGPT|AI_PRODUCT]] for questions about the Building Standards Act, but it is not reliable for Japanese law, it mixes old and new rules. My wife [[Yuki|PERSON]] is a [[lawyer|JOB_TITLE]] and she laughed at some of the answers. Now I only ask it for English and for summarising long meeting notes. It is good for language, not for law, she says.

AI: How does your team feel about AI? Do you have concerns for the profession?

User: The young people are very positive. The older people, like our [[founder|GENERIC_ROLE]], Mr. [[Nakagawa|PERSON]], he is [[seventy-two|AGE]], he still draws by hand with a soft pencil, and he says AI images have no soul. I think both sides are true. My concern is the young architects. Drawing by hand teaches you scale and proportion, how a room feels. If they only choose from AI images, they become selectors, not designers. [[Sato|PERSON]]-san disagrees with me, we have friendly arguments at the izakaya after work on [[Fridays|GENERIC_TIME]].

AI: Thank you, [[Morimoto|PERSON]]-san. Could we contact you for a follow-up?

User: Yes, of course. Email is [[morimoto@kitahama-sekkei.jp|EMAIL_ADDRESS]]. Or my mobile, I type it here in the chat: [[０９０－４４１８－２２７６|OBF_PHONE|fullwidth_digits]]. Sorry, my Japanese keyboard makes the numbers like that.""")

# 9 Nigeria - investigative journalist
T.append("""AI: Thanks for joining. Could you tell me about yourself and your work?

User: Thank you for having me. I'm [[Chinedu Okafor|PERSON]], [[31|AGE]], and I'm an [[investigative reporter|JOB_TITLE]] with [[Daybreak Times|ORGANIZATION]]. We're an online newspaper based in [[Yaba|CITY]], [[Lagos|CITY]]. I cover mostly business and public finance, so procurement, budgets, contracts that don't add up. I studied mass communication at [[UNILAG|SCHOOL]], graduated in [[2015|DATE]], and I've been at [[Daybreak|ORGANIZATION]] since [[2019|DATE]]. Before that I was at a radio station in [[Enugu|CITY]], that's where I'm from.

AI: How does AI fit into your reporting?

User: It's part of my toolkit now, but with caution. For interviews I use [[Otter|AI_PRODUCT]] to transcribe. Nigerian accents and pidgin used to be terrible on these tools, but it has improved. For documents, when I get a big leak of contracts, maybe three hundred PDFs, I use [[Google Pinpoint|SOFTWARE]] to search them, and sometimes [[ChatGPT|AI_PRODUCT]] to summarise a long contract so I know where to look. But I never quote the summary. I go to the original page, always. I also use [[Perplexity|AI_PRODUCT]] for background, but it gives fake links sometimes, so I click everything.

AI: Can you tell me about a story where AI played a role?

User: Yes. [[Last year|GENERIC_TIME]] we did a story on a road contract in [[Ogun State|CITY]]. The money was paid but the road wasn't there. I had budget documents for five years, all scanned. I asked [[ChatGPT|AI_PRODUCT]] to help me build a table from the PDFs, and then my data [[colleague|GENERIC_ROLE]], [[Tolu|PERSON]], checked every number in [[Excel|SOFTWARE]]. We found the same contractor got paid twice for the same stretch. [[ChatGPT|AI_PRODUCT]] helped with speed, [[Tolu|PERSON]] did the real verification. My [[editor|GENERIC_ROLE]], [[Funmilayo Adeyemi|PERSON]], is very strict, she made us re-check everything by hand before publishing, because if we're wrong, it's a lawsuit. The story got picked up and the [[state commissioner|GENERIC_ROLE]] had to respond on air.

AI: What about risks, for you or your sources?

User: Big risk. My sources are whistleblowers, civil servants mostly. If I put their names or their documents into a tool that stores data in [[America|COUNTRY]] and something leaks, someone could lose their job, or worse. So I remove names, file numbers, everything, before anything goes into AI. Some documents I don't put in at all. There was also a voice note, supposedly from a [[governor|GENERIC_ROLE]], that turned out to be AI-generated, and we almost ran it. [[Funmi|PERSON]] caught it. Deepfakes are now a daily thing here, especially around elections. I saw a fake video of [[Peter Obi|PUBLIC_FIGURE]] going round on [[WhatsApp|SOFTWARE]] that my own mother forwarded to me.

AI: Do you have a public profile where readers can find your work?

User: Yes, I'm on [[X|SOFTWARE]] as [[@chinedu_reports|SOCIAL_HANDLE]], and my portfolio is at [[muckrack.com/chineduokafor|URL]]. I post all my stories there, including the road one. People sometimes send tips through the newsroom line, but most of my best tips came by direct message, so I keep the handle active even when I'm tired of social media.

AI: Thank you, [[Chinedu|PERSON]]. Would you be open to a follow-up? How can we reach you?

User: Definitely. Email [[chinedu.okafor@daybreaktimes.ng|EMAIL_ADDRESS]], or call [[0803 417 2290|PHONE_NUMBER]]. If it's sensitive, use [[Signal|SOFTWARE]] on the same number.""")

# 10 France - civil servant at the prefecture
T.append("""AI: Good afternoon, and thank you for participating. Could you introduce yourself?

User: Good afternoon. I am [[Sophie Marchand|PERSON]], I am [[fifty|AGE]] years old, and I work at the [[Préfecture du Rhône|ORGANIZATION]] in [[Lyon|CITY]], in the service that handles residence permits for foreigners. My title is [[attachée d'administration|JOB_TITLE]], which is a category A civil servant, and I manage a team of twelve agents. I have been in the public service since [[2001|DATE]], first in [[Grenoble|CITY]], then here since [[2010|DATE]]. I live in the [[Croix-Rousse|CITY]], so every morning I walk down the hill to work.

AI: How does AI come into your work at the prefecture?

User: Officially, very carefully. We are not allowed to use [[ChatGPT|AI_PRODUCT]] with any file data, that is very clear, there was a note from the ministry. But the state has developed its own tool, it's called [[Albert|AI_PRODUCT]], and some services are testing it. We got access in [[January|GENERIC_TIME]]. It helps to draft answers to the emails from applicants, because we receive hundreds per day, people asking where is my file, why is it so late. [[Albert|AI_PRODUCT]] proposes an answer based on the regulations, and the agent checks it and sends.

AI: Has it made a difference for your team?

User: For the emails, yes, a little. The agents who are less comfortable writing, it helps them. One of my agents, [[Karim|PERSON]], was sceptical at the beginning, now he uses it all day. But I am careful, because an answer from the prefecture has legal value. Once [[Albert|AI_PRODUCT]] wrote to an applicant that her permit would be renewed "automatically", which is not true, nothing is automatic with us. [[Karim|PERSON]] saw it before sending, fortunately. And the big problem is not the emails. The big problem is the backlog, the lack of staff, the online platform that crashes. AI does not fix that.

AI: Do you use any AI tools outside of work?

User: At home, yes, a little. My son [[Hugo|PERSON]] is [[22|AGE]], he studies at [[Sciences Po Lyon|SCHOOL]], and he uses [[Le Chat|AI_PRODUCT]], the French one. He says it's more patriotic, haha. I used it to plan a trip to [[Portugal|COUNTRY]] in [[September|GENERIC_TIME]]. And for my mother, who is in a retirement home in [[Annecy|CITY]], I used it to understand her medical letters. But I am always a bit suspicious. I heard [[Emmanuel Macron|PUBLIC_FIGURE]] say that [[France|COUNTRY]] must be a leader in AI, and I thought, first give us enough staff at the counters.

AI: What concerns you most about AI in public administration?

User: Equality. The public service must treat everyone the same. If an AI starts to sort files, to say this person is a risk and this one is not, that is dangerous, especially for foreigners who have no one to defend them. Also many people who come to us are not comfortable with computers, they need a human at the window. My [[director|GENERIC_ROLE]] agrees with me, I think, but the pressure from [[Paris|CITY]] is always to modernise, to do more with less.

AI: Thank you very much, Madame [[Marchand|PERSON]]. Could we contact you again for a follow-up?

User: Yes, with pleasure. Please use my personal address, not the professional one: [[s.marchand arobase laposte point net|OBF_EMAIL|french_arobase]]. I prefer that the prefecture is not involved in this.""")

# 11 Mexico - hardware store owner
T.append("""AI: Buenas tardes, thank you for talking with us. Could you tell me about yourself and your business?

User: Buenas tardes. I'm [[Jorge Álvarez Medina|PERSON]], I'm [[58|AGE]], and I'm a [[ferretero|JOB_TITLE]], I own a hardware store, [[Ferretería Hermanos Álvarez|ORGANIZATION]], in [[Guadalajara|CITY]], in the [[Santa Tere|CITY]] neighbourhood. My father opened it in [[1979|DATE]] with my uncle, that's why it says "hermanos". I took over in [[2003|DATE]]. We're five people: me, my son [[Beto|PERSON]], two employees, and my wife [[Lupita|PERSON]], who does the accounts. We're at [[Calle Juan Manuel 1187|ADDRESS]], near the market, if you ever need screws, haha.

AI: How did AI come into a business like yours?

User: Through my son, of course. [[Beto|PERSON]] is [[27|AGE]], he studied marketing at the [[UdeG|SCHOOL]], and about two years ago he said, papá, we have to sell online or we die. The big stores like [[Home Depot|ORGANIZATION]] are eating us alive. So he set up [[WhatsApp Business|SOFTWARE]] with a catalogue, and he uses [[ChatGPT|AI_PRODUCT]] to write the product descriptions and the posts for [[Facebook|SOFTWARE]]. Now [[Meta AI|AI_PRODUCT]] is also inside [[WhatsApp|SOFTWARE]], and he uses that to answer simple questions from customers at night, like do you have this drill, what time do you open on [[Sunday|GENERIC_TIME]].

AI: And you yourself, do you use it?

User: Little by little. At first I didn't trust it. But one day a [[customer|GENERIC_ROLE]], a man building a warehouse in [[Zapopan|CITY]], wanted a quote for a lot of material, a long list written by hand, and [[Beto|PERSON]] showed me how to take a photo of the list and ask [[ChatGPT|AI_PRODUCT]] to put it in a table with quantities. Then I put the prices. It saved me a whole afternoon. Now I do that myself. I also ask it things like how much cement for a slab of this size, to check what the [[customer|GENERIC_ROLE]] says, because some customers exaggerate, haha. But the prices, the supplier things, that's in my head and in my notebook. I also use it to write letters to [[Truper|ORGANIZATION]], our main supplier, when there's a problem with an order, because my writing is not so elegant.

AI: Have there been any problems or surprises?

User: Yes, one funny and one not funny. The funny one: [[Meta AI|AI_PRODUCT]] told a [[customer|GENERIC_ROLE]] at midnight that we had a drill on offer, a discount that doesn't exist. The lady came the next morning with the screenshot, Señora [[Chayo|PERSON]], a regular, and I gave her the discount, what can I do, she has been buying here for thirty years. The not funny one: [[Beto|PERSON]] wanted to put all our customers' phone numbers and what they buy into a program to send them offers automatically. I said no, these people trust us, I don't want their numbers going who knows where. We argued for a week. In the end we only send offers to people who ask for them.

AI: How do you see the future of a small store like yours with AI?

User: I think the small store survives if it stays human. People come here because I know them, I know what their house needs, I tell them don't buy that, it's too expensive, use this one. AI can't do that, or not yet. But it helps with the boring things. My friend Don [[Rigo|PERSON]] has a paint shop two streets away and he pays a young guy to do all this for him. I saw [[Carlos Slim|PUBLIC_FIGURE]] say in an interview that with AI people will work three days a week. For a [[ferretero|JOB_TITLE]] in [[Mexico|COUNTRY]]? No way. I work six days, since I was a boy.

AI: Thank you, don [[Jorge|PERSON]]. Can we contact you for a follow-up?

User: Yes, of course. Better by [[WhatsApp|SOFTWARE]], my number is [[treinta y tres, dieciocho, veintidós, cuarenta y siete, noventa|OBF_PHONE|spanish_number_words]]. Or come to the store, I'm always here, except when the [[Chivas|ORGANIZATION]] are playing at home.""")

# 12 Australia - HR business partner
T.append("""AI: Thanks for joining. Could you tell me about yourself and your role?

User: No worries. I'm [[Hayley Nguyen|PERSON]], I'm [[36|AGE]], and I'm an [[HR business partner|JOB_TITLE]] at [[Corio Bay Foods|ORGANIZATION]]. We're a food manufacturer, about eighteen hundred staff across three sites, head office in [[Geelong|CITY]] and plants in [[Colac|CITY]] and [[Shepparton|CITY]]. I look after the operations side, so production workers, maintenance, logistics. I've been there since [[2018|DATE]], and before that I was in recruitment in [[Melbourne|CITY]]. I did my degree at [[Deakin|SCHOOL]], part-time while working, which nearly killed me.

AI: How does AI show up in your work?

User: In a few ways. Our HR system is [[Workday|SOFTWARE]], and they've been adding AI features, like it'll suggest skills for a job profile or summarise feedback. Honestly those are pretty underwhelming. The bigger one is we got [[Microsoft Copilot|AI_PRODUCT]] rolled out to all the office staff in [[July|GENERIC_TIME]]. I use it heaps for drafting: position descriptions, letters of offer, summaries of investigation interviews, that kind of thing. And I use [[ChatGPT|AI_PRODUCT]] on my personal phone for brainstorming, but never with any staff info, that's a hard line for me.

AI: Could you give an example where it really helped, or didn't?

User: Yeah, so, investigations are a big part of my role, bullying complaints, that sort of stuff. [[Last year|GENERIC_TIME]] we had a complaint on night shift at [[Colac|CITY]], six witnesses. I recorded the interviews in [[Teams|SOFTWARE]] with consent and [[Copilot|AI_PRODUCT]] gave me summaries. Massive time saver, but it also smoothed stuff over. One witness said something pretty confronting, and the summary just said "expressed concerns about team culture". If I'd relied on that, the finding could've gone the other way. So now I use it for a first draft and go back to the transcript for anything that matters. [[Mick|PERSON]] from our legal team was pretty firm on that too. He said if it ends up at the [[Fair Work Commission|ORGANIZATION]], you don't want to be explaining that a robot wrote your report.

AI: How do the people you support feel about it?

User: Really mixed. The [[general manager|GENERIC_ROLE]] at [[Shepparton|CITY]], [[Craig|PERSON]], loves it, he writes all his emails with [[Copilot|AI_PRODUCT]] now and you can tell, [[Craig|PERSON]]'s emails have all got that same cheerful tone. The shop floor is more suspicious. There's a rumour going round that we're using AI to pick who gets made redundant, which we're not, but I get why people think it. The [[union delegate|JOB_TITLE]] at [[Colac|CITY]], [[Sharon|PERSON]], asked me straight out at a consultation meeting. I told her the truth, that nobody's using it for decisions about people. My [[manager|GENERIC_ROLE]] wants us to write that into a policy so it's actually on paper.

AI: Any thoughts on where this is heading for HR as a profession?

User: I reckon the admin side of HR will shrink a lot, and that's fine, nobody got into HR to format letters. The people side, the hard conversations, that's not going anywhere. I went to a conference in [[Sydney|CITY]] in [[October|GENERIC_TIME]] where a vendor demoed AI interview screening, and it made me a bit uncomfortable, to be honest. My partner [[Tran|PERSON]] is a [[data scientist|JOB_TITLE]] and he reckons the bias problems are worse than people think. He'd know, he spends all day cleaning up other people's models. And we've got a lot of workers from migrant backgrounds, people from [[Sudan|COUNTRY]], [[Afghanistan|COUNTRY]], [[Samoa|COUNTRY]], and I don't trust a tool trained on someone else's idea of a good answer.

AI: Thanks, [[Hayley|PERSON]]. Would you be happy for us to follow up, and what's the best contact?

User: Yep, all good. Work email's fine: [[hayley.nguyen@coriobayfoods.com.au|EMAIL_ADDRESS]]. Or find me on [[LinkedIn|SOFTWARE]], [[linkedin.com/in/hayleynguyen-hr|URL]]. I'm not great with calls during the day, I'm usually on the floor at one of the plants.""")

# 13 Poland - backend developer
T.append("""AI: Hi, thanks for doing this. Could you introduce yourself?

User: Hi, sure. I'm [[Tomasz Wójcik|PERSON]], most people call me [[Tomek|PERSON]]. I'm [[27|AGE]] and I'm a [[backend developer|JOB_TITLE]] at [[Lumenfield|ORGANIZATION]]. It's an American fintech company, but our engineering office is in [[Kraków|CITY]], in [[Zabłocie|CITY]], about two hundred people there. I studied computer science at [[AGH|SCHOOL]], finished in [[2021|DATE]], and joined [[Lumenfield|ORGANIZATION]] straight after. I work on the payments team, mostly [[Java|SOFTWARE]] and [[Kotlin|SOFTWARE]]. I'm originally from [[Tarnów|CITY]], my parents still live there.

AI: How do you use AI in your day-to-day work?

User: All the time, honestly. [[GitHub Copilot|AI_PRODUCT]] is in my IDE, [[IntelliJ|SOFTWARE]], and it autocompletes maybe a third of the boring code, tests, mappers, that kind of thing. For bigger stuff I use [[Claude|AI_PRODUCT]], the company has had an enterprise licence since [[spring|GENERIC_TIME]]. I paste in an error or a piece of code and ask why it's broken. Some people on my team use [[Cursor|AI_PRODUCT]] instead, there's a bit of a religious war about it. Our [[team lead|GENERIC_ROLE]], [[Marcin|PERSON]], doesn't care what we use as long as nothing gets merged without review.

AI: Can you describe a time it went wrong?

User: Yeah, a good one. In [[March|GENERIC_TIME]] I asked [[Claude|AI_PRODUCT]] to help me write a migration for a table with transaction history. It gave me something that looked perfect, and the tests passed. But it had a subtle issue with time zones, it converted everything to UTC twice. My [[colleague|GENERIC_ROLE]] [[Ola|PERSON]] spotted it in code review, because she'd had the same bug two years ago. If that had gone to production, some customers in [[Germany|COUNTRY]] would have seen transactions on the wrong day. Not a disaster, but embarrassing for a payments company. Since then I'm much more paranoid with anything involving dates or money, and I write the tests myself before I ask [[Claude|AI_PRODUCT]] anything.

AI: How do you feel about AI and your own career?

User: It's complicated. On one hand I'm faster. On the other hand, I'm junior-ish, and the tasks that used to train juniors are exactly what AI does now. My friend [[Kuba|PERSON]] got laid off from a software house in [[Wrocław|CITY]] in [[January|GENERIC_TIME]], and they said quite openly it's because they need fewer juniors now. That scared me a bit. I watch a lot of [[Andrej Karpathy|PUBLIC_FIGURE]]'s videos, and he's quite optimistic, but he's also not a junior looking for a job in [[Poland|COUNTRY]], you know. So I'm trying to go deeper, learning systems design, distributed stuff, things the models are still bad at. My girlfriend [[Natalia|PERSON]] says I talk about this too much at dinner.

AI: Do you share any of your work or opinions publicly?

User: A bit. I have some side projects on [[GitHub|SOFTWARE]], [[github.com/twojcik-dev|URL]], mostly small tools, a parser for Polish bank statements that maybe ten people use. And I post on [[Mastodon|SOFTWARE]] sometimes, [[@tomek_codes|SOCIAL_HANDLE]], usually complaining about [[Kotlin|SOFTWARE]] coroutines or about the trams in [[Kraków|CITY]].

AI: Thanks, [[Tomek|PERSON]]. Would you be willing to do a follow-up? What's the best way to contact you?

User: Sure. Email, but please not the work one. It's [[tomek.wojcik <at> proton <dot> me|OBF_EMAIL|angle_at_dot]]. I write it like that everywhere to confuse the scrapers.""")

# 14 South Africa - hospital pharmacist
T.append("""AI: Good day, and thank you for joining. Could you tell me about yourself and your work?

User: Good day. My name is [[Thandiwe Mkhize|PERSON]], I'm [[43|AGE]] and I'm a [[hospital pharmacist|JOB_TITLE]] at [[Addington Hospital|ORGANIZATION]] in [[Durban|CITY]]. I've been there since [[2008|DATE]], after my community service year in [[Eshowe|CITY]]. I studied at the [[University of KwaZulu-Natal|SCHOOL]]. I live in [[Pinetown|CITY]] with my husband [[Bongani|PERSON]] and our two boys, and I drive in every day, which is an adventure on its own.

AI: How does AI feature in your work at the hospital?

User: In the public sector, not officially, not yet. Our dispensing system, [[Rx Solution|SOFTWARE]], has no AI, it's quite basic. But individually, a lot of us use [[ChatGPT|AI_PRODUCT]] on our phones. I use it mostly for patient education: I'll ask it to explain how to use an insulin pen in simple isiZulu, then I check and correct it, because its isiZulu is sometimes very funny. For clinical questions I use [[UpToDate|SOFTWARE]], which the hospital pays for, and I think now [[UpToDate|SOFTWARE]] also has some AI feature in it, but I haven't tried it.

AI: Can you tell me about a particular time it helped, or caused a problem?

User: Yes. We had a shortage of a TB medicine [[last winter|GENERIC_TIME]], and I had to write a memo to all the wards about the substitute and the dose adjustments. I drafted it with [[ChatGPT|AI_PRODUCT]], and it was very good for structure. But it only gave the adult doses, and the paediatric ward also needed it. My [[pharmacy assistant|JOB_TITLE]], [[Lerato|PERSON]], she's sharp, she asked me, "and the children?" So I fixed it before it went out. That's the thing, it writes so confidently that you can miss what's not there. Dr. [[Pillay|PERSON]] from paeds said the memo was the clearest one he'd seen, so, half credit to the machine and half to [[Lerato|PERSON]].

AI: How do you handle patient confidentiality with these tools?

User: Strictly. No patient names, no hospital numbers, no folder numbers. POPIA is serious here in [[South Africa|COUNTRY]]. I've seen younger pharmacists take a photo of a whole prescription and put it into [[ChatGPT|AI_PRODUCT]], and I've told them no, never. Our [[pharmacy manager|GENERIC_ROLE]], Mr. [[Naidoo|PERSON]], sent a message on the department [[WhatsApp|SOFTWARE]] group about it after that. Same with my own details. My [[SAPC|ORGANIZATION]] registration number, [[P0419273|NATIONAL_ID]], I wouldn't type that into anything like that either. It's on my badge and that's where it stays.

AI: What do you think AI means for pharmacy in the future?

User: In a place like ours, with so few pharmacists for so many patients, if AI could check prescriptions for interactions before they reach me, that would save lives, truly. But we can't even get the printers fixed. My [[colleague|GENERIC_ROLE]] [[Sipho|PERSON]] jokes that we'll get AI before we get a working fax machine. I saw [[Cyril Ramaphosa|PUBLIC_FIGURE]] on the news talking about the digital economy, and I thought, please, start with the hospital Wi-Fi.

AI: Thank you, [[Thandiwe|PERSON]]. Would you be willing to be contacted again?

User: Yes, you can phone or [[WhatsApp|SOFTWARE]] me. It's [[zero eight two, 551 nine oh three two|OBF_PHONE|mixed_words_digits]]. Evenings are best, after the boys are in bed.""")

# 15 USA - tax accountant
T.append("""AI: Thanks for making the time. Could you tell me about yourself and your work?

User: Sure thing. I'm [[Marcus Bell|PERSON]], I'm [[33|AGE]], and I'm a [[senior tax accountant|JOB_TITLE]] at [[Halvorsen & Reyes|ORGANIZATION]], a mid-size CPA firm in [[Columbus|CITY]], [[Ohio|CITY]]. We're about sixty people. I mostly do small business and individual returns, plus some nonprofit work. I went to [[Ohio State|SCHOOL]] for my accounting degree, passed the CPA exam in [[2016|DATE]], and I've been at the firm since [[2017|DATE]]. I live in [[Clintonville|CITY]] with my wife and our dog, who pretty much runs the house.

AI: How does AI fit into your day-to-day work?

User: It kind of crept in. Our tax software, [[CCH Axcess|SOFTWARE]], doesn't have much AI, but the firm rolled out [[Microsoft Copilot|AI_PRODUCT]] in [[January|GENERIC_TIME]], and a few of us use [[ChatGPT Team|AI_PRODUCT]], which the firm pays for. I use it for research memos, first drafts of letters, explaining stuff like the new 1099-K thresholds in plain English. It's also great for [[Excel|SOFTWARE]]. I'm decent at [[Excel|SOFTWARE]], but it writes formulas I'd never figure out, nested lookups across workbooks and so on. And books come in from [[QuickBooks|SOFTWARE]], usually a mess, so I'll ask it to help me spot weird transactions.

AI: Can you walk me through a case where it helped or hurt?

User: Yeah. [[Last spring|GENERIC_TIME]], busy season, I had a [[client|GENERIC_ROLE]], a dental practice in [[Dublin|CITY]], that's the [[Dublin|CITY]] in [[Ohio|CITY]], not [[Ireland|COUNTRY]], and the [[owner|GENERIC_ROLE]], Dr. [[Kowalczyk|PERSON]], had bought a bunch of equipment. I asked [[ChatGPT|AI_PRODUCT]] about bonus depreciation for that year and it gave me the old percentage, from before the phase-down. If [[Jen|PERSON]], our tax [[manager|GENERIC_ROLE]], hadn't reviewed it, we'd have overstated the deduction. Review caught it, so no harm done, but it showed me it doesn't really know what year it is. Now I always check against the actual [[IRS|ORGANIZATION]] guidance. Where it really helped was the letter explaining all that to Dr. [[Kowalczyk|PERSON]] in normal language. He said it was the first time he'd understood his own return.

AI: What rules does your firm have around confidential data?

User: Pretty strict, actually. No Social Security numbers, no EINs, no names in [[ChatGPT|AI_PRODUCT]], period. [[Copilot|AI_PRODUCT]] is supposed to be okay because it stays inside our own tenant, but even then the partners say be careful. One of the partners, [[Dave Halvorsen|PERSON]], is old school, he says he'll retire before he trusts a chatbot with a return. The other one, [[Ana Reyes|PERSON]], is the one who pushed for all of it. From what I hear they argue about it in every partner meeting. And I'm a CPA, my license, number [[CPA.0471823|NATIONAL_ID]], is on the line if I sign something wrong, so I'm with [[Dave|PERSON]] on the signing part at least.

AI: How do you think this will change accounting?

User: Honestly, I think the bottom of the pyramid gets squeezed. The stuff interns and first-years did, data entry, tying out, that's going. And there's already a shortage of accountants, fewer kids want to do this. [[Warren Buffett|PUBLIC_FIGURE]] said something about AI being like a genie you can't put back in the bottle, and, yeah. My brother-in-law [[Terrell|PERSON]] is an [[auditor|JOB_TITLE]] at [[Deloitte|ORGANIZATION]] in [[Cleveland|CITY]], and they've got way more tools than we do, but he says the hours haven't gotten any shorter.

AI: Thanks, [[Marcus|PERSON]]. Would you be up for a follow-up, and how can we reach you?

User: Sure. Personal email is [[marcus period bell at outlook period com|OBF_EMAIL|spelled_period]], spelled out because my spam is already unbelievable. Or my cell, [[(614) 382-7719|PHONE_NUMBER]]. Just not between [[February|GENERIC_TIME]] and [[April 15th|GENERIC_TIME]], you will not get me, I basically live at the office.""")

# 16 Spain - local news journalist
T.append("""AI: Hola, thanks for joining. Could you tell me about yourself and what you do?

User: ¡Hola! I'm [[Lucía Ferrer Puig|PERSON]], I'm [[39|AGE]], and I'm a [[journalist|JOB_TITLE]] at [[Levante-EMV|ORGANIZATION]], the regional newspaper in [[Valencia|CITY]]. I'm in the local section, so I cover the city council, housing, neighbourhood stuff, and for the last year a lot about the DANA, the floods. I studied at the [[Universitat de València|SCHOOL]], and I've been at the paper since [[2011|DATE]], first as an intern and then on contract. I live in [[Ruzafa|CITY]], which is now full of tourists and brunch places, and yes, that's a story I've written about five times.

AI: How do you use AI in your reporting?

User: Mainly for transcription and translation. I record a lot of interviews, neighbours, officials, and I used to spend hours transcribing. Now I use [[Whisper|AI_PRODUCT]], a [[colleague|GENERIC_ROLE]] set it up on the newsroom computer, and it works quite well in Spanish and even okay in Valencian. Then sometimes I use [[ChatGPT|AI_PRODUCT]] to organise my notes, like, give me a timeline from these three transcripts. And [[DeepL|AI_PRODUCT]] when I read reports in English. I don't use it to write the articles. Our [[editor-in-chief|GENERIC_ROLE]] would kill me, and also I like writing, that's why I do this job.

AI: Can you tell me about a specific story where AI was involved?

User: Yes, the floods. After [[29 October 2024|DATE]] I was in [[Paiporta|CITY]] almost every day, covering the damage, and I interviewed maybe forty people over two weeks, many of them crying, talking over each other, with generators and pumps in the background. [[Whisper|AI_PRODUCT]] helped enormously, without it I couldn't have processed that amount. But it made mistakes with names of streets and people, and in one transcript it wrote "cuarenta" when the man had said "catorce", the number of neighbours he helped to get out. Forty instead of fourteen, imagine if I had published that. My [[photographer|JOB_TITLE]], [[Pau|PERSON]], was with me that day and remembered the number. After that I check every quote against the audio. Every single one.

AI: Are there ethical concerns about using AI for this, for you or for the paper?

User: Many. The people I interview are vulnerable, they lost everything. [[Whisper|AI_PRODUCT]] runs locally on our computer, which is why we chose it, but [[ChatGPT|AI_PRODUCT]] does not, so I never put names or full transcripts there. The paper has a small guide since [[spring|GENERIC_TIME]]. And there are other media in [[Spain|COUNTRY]] publishing AI-written articles about football results and the weather, and I worry the owners will look at that and think, why pay journalists? Also the disinformation after the floods was terrible. There were fake videos after the visit of [[Pedro Sánchez|PUBLIC_FIGURE]], fake audios about bodies, and we spent days just debunking, instead of reporting.

AI: How do your colleagues feel about it?

User: Divided. The older ones, like [[Vicent|PERSON]] from sports, think it's the end of journalism. The younger ones use it for everything without thinking. I'm in the middle. My partner [[Xavi|PERSON]] works at a startup, [[Ludotek|ORGANIZATION]], making educational games, and he says I'm a dinosaur, which, okay. I'm [[thirty-nine|AGE]], not ninety. But I think somebody in the newsroom has to be the one who says, wait, did anyone listen to the audio?

AI: Thank you, [[Lucía|PERSON]]. Could we contact you for a follow-up?

User: Yes, sure. You can write to me at [[lucia.ferrer arroba levante-emv punto com|OBF_EMAIL|spanish_arroba]], or [[WhatsApp|SOFTWARE]] [[+34 611 204 587|PHONE_NUMBER]]. If I don't answer it's because I'm out on the street somewhere with the recorder.""")

# 17 Egypt - site engineer
T.append("""AI: Thank you for joining us. Please introduce yourself and your work.

User: Thank you. My name is [[Ahmed Samir|PERSON]], I am [[30|AGE]] years old, and I am a [[site engineer|JOB_TITLE]] with [[Delta Coast Contracting|ORGANIZATION]] in [[Alexandria|CITY]]. We are a mid-size contractor, we build residential towers and some government projects. Now I'm on a project in [[Smouha|CITY]], two towers, fourteen floors each. I graduated from [[Alexandria University|SCHOOL]], Faculty of Engineering, civil department, in [[2016|DATE]]. Then I did my military service, and I joined [[Delta Coast|ORGANIZATION]] in [[2018|DATE]].

AI: How do you use AI on a construction site?

User: You would be surprised. The site itself is very traditional, concrete, steel, workers, a lot by hand. But the paperwork is huge: daily reports, material requests, method statements, correspondence. I use [[ChatGPT|AI_PRODUCT]] for the English letters to the [[consultant|GENERIC_ROLE]], because the [[consultant|GENERIC_ROLE]] on this project is a British firm, [[Hartwell Associates|ORGANIZATION]], and they want everything in proper English. My English is good for technical things, but for formal letters [[ChatGPT|AI_PRODUCT]] makes it smoother. Also for method statements, I give it the steps and it writes a clean document. The scheduling we do in [[Primavera P6|SOFTWARE]], and drawings in [[AutoCAD|SOFTWARE]], no AI there.

AI: Can you give an example where AI helped you, or made a problem?

User: One time the [[consultant|GENERIC_ROLE]] rejected our method statement for the basement waterproofing, and my [[project manager|GENERIC_ROLE]], Eng. [[Karim Fawzy|PERSON]], asked me to respond in one day. I took their comments, put them in [[ChatGPT|AI_PRODUCT]] with our original document, and asked it to prepare a response table, comment by comment. It was really fast. But it also invented a reference to an article of the Egyptian code that does not exist, which is very dangerous, because the [[consultant|GENERIC_ROLE]] will check. My friend [[Mostafa|PERSON]], he is the [[QC engineer|JOB_TITLE]], noticed it before we sent. So now I never let it write references or numbers. Only the language.

AI: What do the people around you think about it?

User: The young engineers all use it, openly or secretly. Eng. [[Karim|PERSON]] is okay with it, he says just don't put the drawings or the contract values inside. The [[owner|GENERIC_ROLE]] of the company, Hajj [[Mahmoud|PERSON]], I don't think he knows what it is, haha. He is [[sixty-eight|AGE]] and still comes to site every [[Thursday|GENERIC_TIME]] in his suit. The foremen use it in a different way, for example to translate voice messages, because we have workers from [[Sudan|COUNTRY]] too. I saw [[Naguib Sawiris|PUBLIC_FIGURE]] wrote on [[Twitter|SOFTWARE]] that AI will change construction in [[Egypt|COUNTRY]]. I don't know, in [[Egypt|COUNTRY]] we still carry cement bags on our backs sometimes.

AI: Do you worry about the future of your job?

User: Not really for site engineers. Someone has to stand in the sun and shout at the subcontractor. But for the office engineers, the ones who do quantity surveying and BOQs, maybe yes. My brother [[Omar|PERSON]] works in [[Dubai|CITY]] in a big company and he says they already use AI for quantity takeoff from drawings. Maybe it will come here in five years. I am thinking to do a master's in project management, maybe in [[Germany|COUNTRY]], if I can get a scholarship. My mother is not happy about that idea.

AI: Thank you, [[Ahmed|PERSON]]. Can we contact you again for a follow-up?

User: Yes, with pleasure. I will type my mobile in the chat, it's also my [[WhatsApp|SOFTWARE]]: [[٠١٠ ٠٤٥٨ ٣٣٢١|OBF_PHONE|arabic_indic_digits]]. Sorry, my keyboard is in Arabic, you can copy it. And my [[LinkedIn|SOFTWARE]] is [[linkedin.com/in/ahmed-samir-site-eng|URL]].""")

# 18 Vietnam - boutique owner
T.append("""AI: Xin chào, thank you for joining. Could you tell me about yourself and your business?

User: Xin chào! My name is [[Nguyễn Thị Thu Hà|PERSON]], you can call me [[Hà|PERSON]]. I'm [[32|AGE]] and I'm a [[shop owner|JOB_TITLE]], I have a small clothing shop called [[Hà Mademoiselle|ORGANIZATION]]. The shop is at [[214 Võ Văn Tần|ADDRESS]], [[District 3|CITY]], in [[Ho Chi Minh City|CITY]], and we also sell online, on [[Shopee|SOFTWARE]] and [[TikTok Shop|SOFTWARE]]. I opened it in [[2019|DATE]]. Before that I worked as a merchandiser for a garment factory in [[Bình Dương|CITY]]. We are four people: me, my younger sister [[Linh|PERSON]], and two girls who help with packing and livestreams.

AI: How do you use AI in running the shop?

User: Many ways! The biggest is product descriptions and captions. Every week we have maybe thirty new items, and writing descriptions in Vietnamese and English for each one takes forever. I use [[ChatGPT|AI_PRODUCT]] for that, I give it the fabric, the colour, the sizes, and it writes something nice. Then [[Linh|PERSON]] fixes it to sound more like us, more young. We also use [[Canva|SOFTWARE]] for the pictures, it has AI to remove the background or change it to a beach or a café. And [[CapCut|SOFTWARE]] for editing the [[TikTok|SOFTWARE]] videos, it makes the subtitles automatically.

AI: Has it changed how you deal with customers?

User: Yes. On [[Zalo|SOFTWARE]] and [[Facebook Messenger|SOFTWARE]], customers message us at all hours asking price, size, do you have this in black. [[Last year|GENERIC_TIME]] I tried a chatbot that answers automatically with AI. It was a disaster at first, haha. A [[customer|GENERIC_ROLE]] asked if a dress was suitable for a wedding and the bot said something like "yes, perfect for a funeral", because the translation was wrong. The [[customer|GENERIC_ROLE]], chị [[Trang|PERSON]], sent me a screenshot with many angry faces. I gave her a free scarf. Now it's okay, the bot only answers price and size, and for anything else it says please wait for [[Hà|PERSON]]. I also use [[ChatGPT|AI_PRODUCT]] to decide which items to reorder, I paste the sales from [[Excel|SOFTWARE]], no [[customer|GENERIC_ROLE]] names, only product codes.

AI: Do you have any worries about AI for a business like yours?

User: A little. The big shops have more money for AI and ads, and the algorithm on [[TikTok|SOFTWARE]] decides everything, if it doesn't like your video, nobody sees you. Also some sellers make hundreds of AI product photos very cheap, and customers don't know what is real anymore. I want my photos to be real clothes on real people, [[Linh|PERSON]] models most of them. My mother thinks I'm crazy to spend all day on the phone. She had a fabric stall in the market in [[Chợ Lớn|CITY]] for twenty years, and she never needed any of this. When [[Jensen Huang|PUBLIC_FIGURE]] came to [[Vietnam|COUNTRY]], everyone was excited about AI, but for small shops the question is just: does it help me sell one more dress today?

AI: Thank you, [[Hà|PERSON]]. How could we contact you for a follow-up?

User: [[Zalo|SOFTWARE]] is easiest, it's the same as my phone: [[0903.118.642|PHONE_NUMBER]]. Or you can message the shop on [[Instagram|SOFTWARE]], [[@hamademoiselle.boutique|SOCIAL_HANDLE]]. [[Linh|PERSON]] answers that one, but she will tell me.""")

# 19 Ireland - medical social worker
T.append("""AI: Hi, thanks a million for doing this. Can you tell me a bit about yourself?

User: Of course. I'm [[Aoife Brennan|PERSON]], I'm [[28|AGE]], and I'm a [[medical social worker|JOB_TITLE]] in [[University Hospital Galway|ORGANIZATION]], so technically I'm employed by the [[HSE|ORGANIZATION]]. I work mostly with older patients and their families, discharge planning, nursing home applications, sometimes safeguarding concerns. I qualified from [[University of Galway|SCHOOL]] in [[2020|DATE]], right in the middle of Covid, so my first year was chaos. I'm from [[Tuam|CITY]] originally, and I live in [[Oranmore|CITY]] now, renting, like everyone my age.

AI: How does AI come into your work, if at all?

User: Honestly not a huge amount, officially. The [[HSE|ORGANIZATION]] is quite cautious. We've no approved AI tools for anything with patient data. But I'd be lying if I said nobody uses [[ChatGPT|AI_PRODUCT]]. I use it at home, on my own laptop, for the generic stuff. Like, I'm doing a presentation for the team on the Assisted Decision-Making Act, and I asked it to help me structure it. Or I'll ask it to explain a scheme like Fair Deal in plain language so I can explain it to a family. Then I check it against the actual [[HSE|ORGANIZATION]] website, because it's been wrong a few times.

AI: Can you think of a specific situation where it was useful, or not?

User: There was a family [[last month|GENERIC_TIME]]. The dad had dementia, the daughter was in [[Boston|CITY]], the son was in [[Athlone|CITY]], and they couldn't agree on anything. I had a family meeting coming up and I was dreading it. So the night before, I asked [[ChatGPT|AI_PRODUCT]], without any names or details, how to run a meeting with siblings in conflict. It gave me a decent structure and a few phrases that actually helped. My [[team leader|GENERIC_ROLE]], [[Declan|PERSON]], said it was the calmest family meeting he'd sat in on all year. I didn't tell him where I got the phrases, ha. But the bad side: I've seen a [[colleague|GENERIC_ROLE]] use it to write a full assessment with real details in it, and I was really uncomfortable. I mentioned it to [[Declan|PERSON]], quietly.

AI: What do you think the risks are in your field?

User: Bias, mostly. The people we work with have often been failed by systems already: Travellers, people in direct provision, older people with no one. If a tool starts flagging "risk", those are the people who'll be flagged. And the whole point of social work is the relationship. A chatbot can't sit with someone's mam while she cries. My own mam, [[Bernie|PERSON]], is a retired [[nurse|JOB_TITLE]] and she thinks the whole thing is mad. Though she uses [[Alexa|AI_PRODUCT]] to play [[Daniel O'Donnell|PUBLIC_FIGURE]] all day long, so.

AI: Is there anything about working in [[Galway|CITY]] specifically that shapes this?

User: Maybe the size of it. It's a small place, everyone knows everyone. If something leaked from a case, people would work out who it was in about five minutes. So you're extra careful. And a lot of our patients come in from [[Connemara|CITY]] and the islands, some are Irish speakers, and the AI stuff is useless in Irish, so that's another reason I can't see it replacing anyone here soon.

AI: Thanks, [[Aoife|PERSON]]. Would you be willing to chat again for a follow-up? What's the best way to reach you?

User: Yeah, definitely. Email is [[aoifebrennan at gmail, all one word, dot com|OBF_EMAIL|spelled_all_one_word]]. Or text me, I'll put it in the chat one digit at a time so the autocorrect doesn't mess with it: [[0 8 7 2 2 4 9 1 1 6|OBF_PHONE|spaced_digits]].""")

# 20 Indonesia - ride-hailing driver
T.append("""AI: Selamat siang, thank you for joining. Could you tell me about yourself and your work?

User: Selamat siang. My name is [[Budi Santoso|PERSON]], I'm [[44|AGE]] years old, and I'm an [[ojol driver|JOB_TITLE]], online motorbike taxi, mostly with [[Gojek|ORGANIZATION]], sometimes [[Grab|ORGANIZATION]] also. I live in [[Rungkut|CITY]], [[Surabaya|CITY]], with my wife [[Sri|PERSON]] and our two children. I started driving online in [[2017|DATE]], after the textile factory where I worked in [[Sidoarjo|CITY]] closed. Before that I was a machine operator there for fourteen years.

AI: How does AI affect your work as a driver?

User: Actually the whole job is controlled by the algorithm, the application. The app decides who gets the order, how much we get paid, when there is a bonus. Nobody knows exactly how. Some drivers say if you refuse two orders, the system punishes you, gives you fewer orders for one hour. My friend [[Agus|PERSON]] tested it, he says it's true. So in a way, the AI is my [[boss|GENERIC_ROLE]]. But nobody can talk to it. If there's a problem, the [[customer|GENERIC_ROLE]] gives one star, I get a warning, I send a complaint, and the answer is automatic, always the same sentence.

AI: Do you use any AI tools yourself?

User: Yes, since [[last year|GENERIC_TIME]]. My son [[Dimas|PERSON]] is in vocational high school, he showed me [[Meta AI|AI_PRODUCT]] in [[WhatsApp|SOFTWARE]]. Now I use it to ask things, in Bahasa Indonesia, not English. For example, when the app changed the bonus system, I asked it to explain the new rules, because the announcement was very confusing. Also my wife sells nasi pecel from our house, and I ask it to write promotions for her [[WhatsApp|SOFTWARE]] status, with emoji, the customers like that. And [[Google Maps|SOFTWARE]] of course, every day, although the app has its own map.

AI: Can you tell me about a problem you've had with the automated systems?

User: Yes, during [[Ramadan|GENERIC_TIME]] my account was suspended for three days. The system said my face didn't match, because they do a selfie check with AI before you start. I had grown a beard, and the light was bad, it was very early morning, after sahur. Three days without income, for a family that's very heavy. I went to the driver centre, queued half a day, and a staff there, Mas [[Rizal|PERSON]], fixed it in five minutes. He asked for my driver ID, [[GJ-3318-0742|NATIONAL_ID]], checked my KTP, and said sorry, it's the system. Always the system.

AI: What do you hope for in the future?

User: I hope for more transparency. The government talked about protecting ojol drivers, even [[Jokowi|PUBLIC_FIGURE]] said something before, but nothing changed. [[Nadiem Makarim|PUBLIC_FIGURE]] started [[Gojek|ORGANIZATION]], then he became a minister, and for us drivers it's the same. I'm [[forty-four|AGE]], I can handle it, but I don't want my children to be controlled by an app like me. [[Dimas|PERSON]] wants to study IT at [[ITS|SCHOOL]] here in [[Surabaya|CITY]]. So maybe he can build a better app, haha. One that listens.

AI: Thank you, Pak [[Budi|PERSON]]. Can we contact you again?

User: Yes, please, by [[WhatsApp|SOFTWARE]]. My number, I say it in Indonesian, it's easier for me: [[nol delapan satu tiga, dua dua empat lima, tujuh tujuh sembilan satu|OBF_PHONE|indonesian_number_words]]. If I don't answer I'm on the road, I will reply later.""")

# 21 Sweden - tax agency officer
T.append("""AI: Hello, and thank you for taking part. Could you start by telling me about yourself?

User: Yes, hello. I'm [[Johan Lindqvist|PERSON]], I'm [[56|AGE]], and I'm a [[tax officer|JOB_TITLE]] at [[Skatteverket|ORGANIZATION]], the [[Swedish Tax Agency|ORGANIZATION]], in [[Malmö|CITY]]. I work with population registration, so people moving, name changes, people coming from abroad who need a personnummer. I've been at the agency since [[1994|DATE]], so over thirty years now. I studied economics at [[Lund University|SCHOOL]], but that was a long time ago. I live in [[Limhamn|CITY]] with my wife [[Karin|PERSON]], and I cycle to work when the wind allows it, which in [[Skåne|CITY]] is not often.

AI: How is AI used in your work, if at all?

User: We are a government agency, so we are careful. We are not allowed to use [[ChatGPT|AI_PRODUCT]] or anything similar with case data, absolutely not. But the agency has its own internal AI assistant that came as a pilot in the [[autumn|GENERIC_TIME]]. It is trained on our internal guidance, the legal positions, the handbooks. So if I have a complicated case, for example a child born abroad with parents from two different countries, I can ask it what the rules say, and it shows me the relevant sections. That is actually helpful, because the handbooks are thousands of pages. We also have [[Copilot|AI_PRODUCT]] in a test group, but I am not in that group.

AI: Can you give an example where the assistant was helpful, or not?

User: Helpful: a young [[colleague|GENERIC_ROLE]], [[Elin|PERSON]], had a case with a man from [[Ukraine|COUNTRY]] who had temporary protection and wanted to register his children. The assistant found the right legal position in ten seconds, which would have taken her half an hour in the handbooks. Not helpful: it sometimes cites older positions that have been replaced. Once it gave me guidance that had been withdrawn, and if I had not known, I would have made a wrong decision. My [[unit manager|GENERIC_ROLE]] reminds us every week: the assistant never decides. The decision is mine, a human, with my name on it.

AI: What do you think about privacy, given that you work with population data?

User: It is the core of my job. The personnummer is the key to everything in [[Sweden|COUNTRY]]: the bank, the doctor, the phone contract. If that data leaked into some foreign AI company, it would be a catastrophe. So I understand why we are strict. My [[colleague|GENERIC_ROLE]] [[Ahmad|PERSON]], he is our [[IT security coordinator|JOB_TITLE]], says the biggest risk is not the official tools, it is people using their private phones to take a photo of the screen and ask [[ChatGPT|AI_PRODUCT]]. That has happened in other agencies. And then [[Ulf Kristersson|PUBLIC_FIGURE]] said he uses [[ChatGPT|AI_PRODUCT]] for a "second opinion", and there was a big discussion in the newspapers. For a [[prime minister|GENERIC_ROLE]], maybe that is his business. For us, no.

AI: How do you feel personally about AI at this stage of your career?

User: I am [[fifty-six|AGE]], I will retire in maybe eight years. So I am not afraid for my own job. But I am a little sad, because this work was always about judgement, reading a situation, noticing when something in a story does not fit. The young ones trust the screen more. My daughter [[Maja|PERSON]] is a [[teacher|JOB_TITLE]] in [[Lund|CITY]] and she says her pupils use it for everything, even for birthday cards to their grandmothers. Well. It is the future, I suppose.

AI: Thank you, [[Johan|PERSON]]. Could we contact you for a follow-up?

User: Yes. Please use my private phone, not the office. I paste it here from my notes: [[070\u200b-\u200b412\u200b 88\u200b 05|OBF_PHONE|zero_width]]. Evenings are best.""")

# 22 Netherlands - architect, practice co-founder
T.append("""AI: Goedemiddag, thanks for joining. Could you tell me about yourself and your practice?

User: Sure. I'm [[Sanne Bakker|PERSON]], [[44|AGE]], and I'm an [[architect|JOB_TITLE]] and co-founder of [[Bakker Verhoef Architecten|ORGANIZATION]] in [[Utrecht|CITY]]. We're a small office, six people, in an old printing house in [[Lombok|CITY]]. We do mostly housing, a lot of transformation of offices into apartments, and some schools. I studied at [[TU Delft|SCHOOL]], graduated in [[2006|DATE]], worked for a big office in [[Rotterdam|CITY]] for eight years, and started our own practice with [[Joost|PERSON]] in [[2014|DATE]].

AI: How do you use AI in your design process?

User: We started carefully. The first thing was renderings. We use [[Archicad|SOFTWARE]] for the BIM model, and [[last year|GENERIC_TIME]] we started using [[Veras|AI_PRODUCT]], a plugin that turns a simple 3D model into an atmospheric image. For early meetings with a housing corporation it's great, you can show five atmospheres in a morning. I also use [[ChatGPT|AI_PRODUCT]] for tender texts and for the endless municipal paperwork. The new environmental law made everything more complicated, and I ask [[ChatGPT|AI_PRODUCT]] to summarise the policy documents of the municipality, which are often eighty pages of very careful nothing.

AI: Could you share an example where it helped, or backfired?

User: Backfired, a bit. We did a competition entry for a primary school in [[Amersfoort|CITY]], and our [[junior architect|JOB_TITLE]], [[Daan|PERSON]], made beautiful AI images: children playing in a green courtyard, wooden facades, soft light. The jury liked the images, but one of them asked a very sharp question about daylight in the classrooms, and the honest answer was that we hadn't worked it out yet, because the images made it feel finished. We didn't win. [[Joost|PERSON]] said we were seduced by our own pictures. Since then, images come after the analysis, not before.

AI: What concerns do you have about AI in architecture?

User: Two things. One is copyright and originality. These image tools are trained on the work of architects who never agreed to it. If I saw an AI image that looked exactly like one of our projects, I'd be furious. The second is the profession itself. [[Rem Koolhaas|PUBLIC_FIGURE]] has this idea that architects are always stuck between omnipotence and impotence, and AI makes us feel omnipotent, but we still depend on the [[client|GENERIC_ROLE]], the budget, the municipality. Our contact at the housing corporation, [[Mirjam|PERSON]], already asked whether AI would make us cheaper. That's the real pressure, not the robots.

AI: How about data and confidentiality in your office?

User: We made simple rules: no [[client|GENERIC_ROLE]] names in [[ChatGPT|AI_PRODUCT]], no project addresses, no personal data of residents. In transformation projects we sometimes get lists of tenants, and those never go near AI. We pay for the business version so the data isn't used for training, at least that's what they promise. My husband [[Ruben|PERSON]] works in compliance at [[Rabobank|ORGANIZATION]], and he keeps sending me articles about the AI Act, so I'm well informed whether I want to be or not.

AI: Thank you, [[Sanne|PERSON]]. Could we contact you for a follow-up?

User: Of course. Email: [[sanne [at] bakkerverhoef [punt] nl|OBF_EMAIL|dutch_punt]]. Or the office phone, [[030 274 6610|PHONE_NUMBER]]. Ask for me, and if I'm out on a building site, [[Joost|PERSON]] always knows where to find me.""")

# 23 Argentina - bilingual call-centre agent
T.append("""AI: Hola, thanks for joining. Can you tell me about yourself and your job?

User: Hola, sure. I'm [[Martín Sosa|PERSON]], but everybody calls me [[Tincho|PERSON]]. I'm [[24|AGE]], and I'm a [[bilingual customer support agent|JOB_TITLE]] at [[Conectar Contact Center|ORGANIZATION]], in [[Rosario|CITY]]. We do support for an airline from the [[US|COUNTRY]], so I answer calls and chats in English from passengers with delayed flights, lost bags, refunds, all the fun stuff. I've been there since [[August 2022|DATE]]. I'm also studying translation at the [[Universidad Nacional de Rosario|SCHOOL]], at night, slowly.

AI: How does AI show up in your job?

User: Everywhere now. We have an AI assistant inside the agent desktop, in [[Genesys|SOFTWARE]]. It transcribes the call live and suggests answers, and after the call it writes the summary, which used to take me like a minute per call. That part I love. But then they reduced the after-call time, so now we take more calls per hour. So the time I saved went to the company, not to me, you know? Also there's a chatbot before the [[customer|GENERIC_ROLE]] reaches us, and people arrive already furious because the bot made them go in circles for ten minutes.

AI: Do you use other AI tools yourself, like [[ChatGPT|AI_PRODUCT]]?

User: On my phone, yeah, [[ChatGPT|AI_PRODUCT]] for English sometimes, when there's an expression I don't know. Passengers from [[Texas|CITY]] say crazy things. And for university, to be honest, I use it to check my translations. My [[professor|GENERIC_ROLE]], [[Graciela|PERSON]], says any translator who uses AI is digging their own grave. She might be right! Translation as a career is looking scary, so maybe it's good that I have the call centre as a backup, or the other way around.

AI: Can you share a specific moment where the AI at work helped or caused trouble?

User: One day in [[December|GENERIC_TIME]], during a snowstorm in [[Chicago|CITY]], hundreds of flights were cancelled, and the AI suggestions were completely wrong, because the policy had changed that morning. It kept suggesting a voucher that the airline had suspended. My [[supervisor|GENERIC_ROLE]], [[Vero|PERSON]], sent a message on [[Slack|SOFTWARE]] to everybody saying ignore the panel, and the whole floor replied "gracias [[vero|PERSON]]" with little hearts. But some new agents didn't see it and offered the voucher, and then they had to call those passengers back. It was a mess. Also the summaries sometimes invent things, like once it wrote that the passenger "agreed to the resolution" when he literally hung up on me, swearing.

AI: How do you feel about the future of your job?

User: Honestly, I think in five years half of us won't be here. Maybe less. My cousin [[Nahuel|PERSON]] worked at another call centre in [[Córdoba|CITY]] and they closed the Spanish line and moved everything to a bot. For now English is safer, because the bots are still bad with angry Americans, haha. Here in [[Argentina|COUNTRY]], with the economy like it is, a job paid partly in dollars is gold, so I'm enjoying it while it lasts. Even [[Javier Milei|PUBLIC_FIGURE]] talks about AI now, everybody does.

AI: Thanks, [[Tincho|PERSON]]. Can we reach you for a follow-up? What's the best way?

User: Sure! My email is [[tincho_sosa98 @ hotmail . com|OBF_EMAIL|spaced_symbols]], with the spaces like that so the bots don't get it. And my employee number is [[40715|NATIONAL_ID]], if you need to confirm I work there, but I'd rather you didn't contact [[Conectar|ORGANIZATION]], ha.""")

# 24 Singapore - talent acquisition at a bank
T.append("""AI: Hi, thanks for coming. Could you introduce yourself?

User: Hi! I'm [[Rachel Tan|PERSON]], [[31|AGE]], and I'm a [[talent acquisition specialist|JOB_TITLE]] at [[DBS|ORGANIZATION]], in the tech hiring team. I've been there since [[2021|DATE]], and before that I was at a recruitment agency, [[Kelly Services|ORGANIZATION]], for three years. I studied psychology at [[NUS|SCHOOL]]. I stay in [[Tampines|CITY]] with my parents, like most people my age here before we get our own flat, haha.

AI: Where does AI come in for you?

User: Quite a lot. For sourcing, we use [[LinkedIn Recruiter|SOFTWARE]], which now has AI that suggests candidates and even drafts the outreach message. There's also an internal tool that screens CVs and gives a match score. And we have [[Copilot|AI_PRODUCT]] for emails and meeting notes, plus an internal chatbot that the bank built, since [[ChatGPT|AI_PRODUCT]] itself is blocked on our laptops. I use it to write job descriptions and interview questions, and sometimes to rewrite offer emails so they sound warmer and less like a bank.

AI: Do you have concerns about the AI screening?

User: Yes, honestly. The match score is a black box to me. I noticed it ranks people lower if they have a career gap, and a lot of those are women who took time off for kids, or people who took care of a sick parent. The [[hiring manager|GENERIC_ROLE]] for one role, [[Kumar|PERSON]], only wanted to see candidates above eighty percent match, and I had to push back, because one of the best candidates was at sixty-something. She got the job eventually and she's doing great. My [[team lead|GENERIC_ROLE]], [[Hui Min|PERSON]], supports me on that. She always says the score is a suggestion, not a decision.

AI: What about candidates using AI on their side?

User: Oh, that's the new headache. Half the cover letters now sound exactly the same, "I am thrilled to apply", clearly written by [[ChatGPT|AI_PRODUCT]]. And in video interviews some candidates are obviously reading answers off a second screen. We had one case where the voice on the phone screen and the person in the video round were clearly two different people. We escalated that one to security. Honestly it's an arms race now, they use AI, we use AI, and in the middle there's a human trying to figure out who's real.

AI: How do you see your own role changing?

User: Less admin, more judgement, I hope. Scheduling, first screening, all that will be automated. What's left is talking to people, convincing them, reading between the lines. I watched [[Lawrence Wong|PUBLIC_FIGURE]]'s National Day Rally speech with my dad, and he spent a lot of time on AI and jobs, and my dad turned to me and said, "so your job also gone ah?" Thanks, Pa. So now I'm taking a course in people analytics on [[Coursera|SOFTWARE]], just in case. [[Singapore|COUNTRY]] is small, you have to keep moving.

AI: Thanks, [[Rachel|PERSON]]. How can we reach you for a follow-up?

User: Sure, you can email [[rachel.tan.wl@gmail.com|EMAIL_ADDRESS]], or message me on [[Telegram|SOFTWARE]], [[@racheltwl|SOCIAL_HANDLE]]. Or call [[+65 9123 4478|PHONE_NUMBER]]. Please don't use my work email, everything there gets monitored.""")

# 25 Turkey - municipal social worker
T.append("""AI: Merhaba, thank you for joining. Could you please introduce yourself?

User: Merhaba. I'm [[Zeynep Aydın|PERSON]], I'm [[35|AGE]], and I'm a [[social worker|JOB_TITLE]] at [[Karşıyaka Municipality|ORGANIZATION]] in [[İzmir|CITY]], in the social support directorate. I work mostly with elderly people living alone, and with families who apply for social assistance. I studied social work at [[Ege University|SCHOOL]] and I started at the municipality in [[2016|DATE]]. Before that I was in [[Van|CITY]] for two years with an NGO, after the earthquake there.

AI: How does AI come into your work?

User: Slowly. The municipality doesn't have any official AI tool. But I use [[ChatGPT|AI_PRODUCT]] on my own phone sometimes, and [[Gemini|AI_PRODUCT]] because it's already on my [[Android|SOFTWARE]] phone. Mostly for writing. We write a lot of reports, social examination reports, for every family that applies, and the format is very fixed, very bureaucratic. I never put the real names or ID numbers, of course. I write the situation in general, like "a [[sixty|AGE]]-year-old widow living alone with a disabled son", and ask it to help me structure the report. Then I write the real one in our case system, by myself.

AI: Can you give an example where it helped, or caused a problem?

User: One example, [[last winter|GENERIC_TIME]], there was an old man in [[Bostanlı|CITY]], [[İsmail|PERSON]] amca, who was living without heating. I had to write an urgent request to the directorate for coal and a home visit from the health team. I used [[ChatGPT|AI_PRODUCT]] to make the request more persuasive, more formal, and it was approved in two days, which is very fast for us. My [[director|GENERIC_ROLE]], [[Murat|PERSON]] Bey, said, [[Zeynep|PERSON]], your writing got much better, haha. But one problem: [[ChatGPT|AI_PRODUCT]] sometimes writes very emotional, dramatic language, like a newspaper, and in an official report that's not appropriate. I have to calm it down every time.

AI: How do your colleagues feel about it?

User: My [[colleague|GENERIC_ROLE]] [[Elif|PERSON]] is against it. She says our profession is about the human relationship and we shouldn't let a machine near it. She is right in principle. But we are twelve social workers for a district of more than three hundred thousand people. If something saves me two hours a week, that is two more home visits. Also many of our elderly clients are lonely, and I read that in some countries they give them AI companions to talk to. That makes me sad. They need a neighbour, not a robot.

AI: What worries you most?

User: Data. In [[Turkey|COUNTRY]] we had big data leaks, people's ID numbers and addresses were sold on [[Telegram|SOFTWARE]] for almost nothing. The people we serve are the most vulnerable, if their information leaks, it can be used against them. So I am very careful. I also worry that one day the ministry will use AI to decide who gets assistance. A machine doesn't see the old woman hiding her pain because she is proud. I saw on the news that [[Recep Tayyip Erdoğan|PUBLIC_FIGURE]] talked about a national AI strategy. Good, but first hire more social workers.

AI: Thank you, [[Zeynep|PERSON]]. Could we reach you for a follow-up?

User: Yes, of course. My personal email, I'll say it the Turkish way: [[zeynep nokta aydin et gmail nokta com|OBF_EMAIL|turkish_spelled]]. "Et" is how we say the at sign. Or my phone, [[0532 418 27 63|PHONE_NUMBER]].""")

write_set(T, "set_af")
