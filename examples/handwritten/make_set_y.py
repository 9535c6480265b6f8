# Hand-crafted independent PII test set. Inline markup [[value|TYPE]] or [[value|TYPE|phenomenon]]. Build and checks: markup.py.
import sys
from markup import write_set
T = []

# 1 US - HR, Columbus
T.append("""AI: Thanks for making time today. To start, could you tell me a bit about yourself and what you do?

User: Sure. So I'm [[Megan Kowalski|PERSON]], I'm [[34|AGE]], and I'm an [[HR generalist|JOB_TITLE]] at [[Buckeye Valley Credit Union|ORGANIZATION]] here in [[Columbus|CITY]]. I started there in [[August 2019|DATE]], so right before the pandemic turned everything upside down. Before that I did recruiting for a staffing agency down in [[Dayton|CITY]]. Our HR department is tiny. It's me, my [[manager|GENERIC_ROLE]] [[Dave Lindqvist|PERSON]], and [[Rosa|PERSON]], who does benefits part-time and is only in on [[Tuesdays|GENERIC_TIME]] and [[Thursdays|GENERIC_TIME]]. We cover about two hundred and forty people across eleven branches, so it's a lot.

AI: That's a lot of ground for a small team. When did AI tools first come into your work?

User: Honestly, kind of under the radar. My friend [[Kayla|PERSON]], we were roommates at [[Ohio State|SCHOOL]], she's in HR at a hospital now, and she showed me how she was using [[ChatGPT|AI_PRODUCT]] to clean up job descriptions. That was [[last spring|GENERIC_TIME]]. I tried it at home on a teller posting and it was shockingly decent. Then in [[January|GENERIC_TIME]] the credit union turned on [[Copilot|AI_PRODUCT]] for everybody in [[Outlook|SOFTWARE]] and [[Teams|SOFTWARE]], so now there's an official version and I don't feel like I'm doing something sketchy.

AI: What do you actually use it for, day to day?

User: Job postings for sure. I'll pull the old one out of [[Workday|SOFTWARE]], paste it in and say "make this sound less like a robot wrote it," which, I know, is ironic. Interview guides, too. And tricky emails. Like if someone's been written up and I need the tone to be firm but not cold, I'll ask [[Copilot|AI_PRODUCT]] for three versions and then mash them together. It's also great for summarizing the forty-page benefits documents the insurance broker sends over every [[October|GENERIC_TIME]]. I'd say it saves me maybe four or five hours a week, which in HR is huge.

AI: Do you ever put employee information into these tools?

User: No, and that's a hard line for [[Dave|PERSON]]. He sat us down in [[February|GENERIC_TIME]] and said no names, no salaries, nothing from a personnel file, period. So I'll write "Employee A" or "a teller at one of our branches." The funny part is our [[CEO|GENERIC_ROLE]], [[Pam Whitfield|PERSON]], is the biggest AI fan in the building. She forwards us every article about [[Sam Altman|PUBLIC_FIGURE]] or whatever [[Satya Nadella|PUBLIC_FIGURE]] said at some conference. So there's pressure from the top to use it more, caution from [[Dave|PERSON]], and I'm sort of stuck in the middle. [[Last year|GENERIC_TIME]] we had a harassment complaint at the [[Hilliard|CITY]] branch and I did the whole investigation summary by hand over a weekend, because there's no way I'm putting that into a chatbot. I only used it to suggest section headings.

AI: How has it changed the way you feel about your job?

User: A little bit both ways. Some days I feel like a better writer than I've ever been. Other days I worry that the stuff I'm good at, writing and calming people down over email, is exactly what it does best. My husband [[Brian|PERSON]] jokes that I'm training my own replacement. But I don't think HR is going anywhere. Somebody has to sit in the room when a person cries, you know? What I really wish is that we'd gotten proper training. We got one forty-five-minute webinar from the vendor and that was it. [[Rosa|PERSON]] still barely uses it, and she's the one who'd benefit most because open enrollment in [[November|GENERIC_TIME]] absolutely buries her. So I've started doing little lunch-and-learns [[every other Wednesday|GENERIC_TIME]].

AI: That sounds really valuable. Would you be open to a short follow-up later in the study?

User: Yeah, definitely. Work email is fine, [[mkowalski@bvcu.org|EMAIL_ADDRESS]], or my cell is [[614-555-0187|PHONE_NUMBER]]. Text first, though, I never pick up numbers I don't recognize. And if you need to reach [[Dave|PERSON]] about the policy side, just go through me.""")

# 2 India - customer support, Bengaluru
T.append("""AI: Hi, thanks for joining. Could you introduce yourself and tell me what your job involves?

User: Hi, yes. My name is [[Arjun Reddy|PERSON]], I'm [[29|AGE]]. I work as a [[senior customer support associate|JOB_TITLE]] at [[Zentrix Services|ORGANIZATION]], it's a BPO in [[Whitefield|CITY]], [[Bengaluru|CITY]]. I joined in [[June 2021|DATE]], straight after my B.Com from [[Christ University|SCHOOL]]. Our process handles support for a broadband company in the [[US|COUNTRY]], so I'm on the night shift, basically seven in the evening to four in the morning. Mostly chat and email, some calls when the queue is heavy.

AI: Night shift must be tough. Where does AI come into it?

User: So about one year back the [[client|GENERIC_ROLE]] introduced an AI assistant inside [[Zendesk|SOFTWARE]]. It suggests replies while I'm chatting with the customer. In the beginning, honestly, everyone hated it. The suggestions were very American, very long, lots of "I totally understand your frustration." My [[team lead|GENERIC_ROLE]], [[Pooja Nair|PERSON]], told us to use it but always edit. Now it's better. I would say sixty percent of the time I use the suggestion with small changes.

AI: Do you use any AI tools outside the ones your employer provides?

User: Yes, [[ChatGPT|AI_PRODUCT]] on my phone, and [[Gemini|AI_PRODUCT]] sometimes. Not for customer data, that is strictly not allowed, and they check. We had one guy, [[Vicky|PERSON]], actually his name is [[Vikram|PERSON]] but everyone calls him [[Vicky|PERSON]], he copied a customer's account details into some free tool to format a reply and he got a warning letter in [[March|GENERIC_TIME]]. After that [[Pooja|PERSON]] ma'am made everyone sign the policy again. So I use [[ChatGPT|AI_PRODUCT]] for my own things, like preparing for the QA calibration, or the weekly report in [[Excel|SOFTWARE]], it helps me with formulas. Also for my English, I ask it to check my emails before I send them to the [[client|GENERIC_ROLE]]'s operations [[manager|GENERIC_ROLE]] in [[Denver|CITY]].

AI: How has the AI assistant changed your metrics or the way you're evaluated?

User: This is the interesting part. Our average handle time went down, so the [[client|GENERIC_ROLE]] increased the target. Earlier we had to handle three chats at once, now it is four. So the tool saves time but the time is taken back, you understand? My roommate [[kiran|PERSON]] works at another BPO in [[Electronic City|CITY]] and it's the same story there. Also the CSAT surveys, customers sometimes write "was I talking to a bot?" because the replies are too polished. So now I purposely add one small human line, like "hope your [[Friday|GENERIC_TIME]] is going well."

AI: Do you worry about your job in the longer term?

User: Yes, I think about it. My father keeps sending me [[WhatsApp|SOFTWARE]] forwards saying AI will finish all call centre jobs. He is a retired bank clerk in [[Guntur|CITY]], so he worries a lot. I think the simple tickets, password reset, plan change, those will go to the bot completely. But the angry customers, the escalations, the billing disputes, they still need a person. My plan is to move into quality or training. I already finished an online course on prompt writing, and [[Pooja|PERSON]] said she'll recommend me for the trainer role when the next batch comes in [[December|GENERIC_TIME]].

AI: That's a clear plan. Is there anything else you'd like to add, or a way we can reach you for a follow-up?

User: Only that companies should be honest with customers about when AI is being used. I think people don't mind if you tell them. For follow-up you can message me, my number is [[9 8 4 5 0 6 1 3 7 2|OBF_PHONE|spaced_digits]], [[WhatsApp|SOFTWARE]] is better than calling because of my shift timings. And my employee ID is [[ZS-44817|NATIONAL_ID]] if you need it for the incentive payment.""")

# 3 Nigeria - sales, Lagos
T.append("""AI: Good afternoon, and thank you for agreeing to talk with us. Can you start by telling me about yourself and your work?

User: Good afternoon. I'm [[Chiamaka Okafor|PERSON]], I'm [[twenty-seven|AGE]] years old. I'm a [[sales representative|JOB_TITLE]] with [[Sunmeadow Foods|ORGANIZATION]], we distribute noodles, seasoning cubes and beverages. My territory is [[Surulere|CITY]] and parts of [[Yaba|CITY]] here in [[Lagos|CITY]]. I've been with them since [[2020|DATE]]. Before that I studied microbiology at the [[University of Nigeria|SCHOOL]] in [[Nsukka|CITY]], nothing to do with sales, but that's [[Nigeria|COUNTRY]] for you.

AI: What does a typical day look like, and where does AI come in?

User: I start early, like six thirty, because of traffic. I visit supermarkets, kiosks, some wholesalers in the market. I take orders, check stock, chase payment. Where AI comes in is mostly [[ChatGPT|AI_PRODUCT]] on my phone. My cousin [[Emeka|PERSON]] put me on it. I use it to write messages to my retailers on [[WhatsApp Business|SOFTWARE]], like promo announcements, and sometimes I ask it to mix in small pidgin so it doesn't sound stiff. It's not perfect with the pidgin, it sounds like a foreigner trying too hard, but I fix it myself.

AI: Does your company know you use it, and do they provide any tools?

User: My [[supervisor|GENERIC_ROLE]], Mr. [[Balogun|PERSON]], knows. At first he said "don't let that thing give you wrong prices." Which is fair, because it doesn't know our price list. The company itself gave us a tablet app for orders, but no AI. Head office in [[Ikeja|CITY]] is still very much [[Excel|SOFTWARE]] and paper. Actually [[last quarter|GENERIC_TIME]] Mr. [[Balogun|PERSON]] asked me to show the other reps how I do my weekly summary, because mine was always the neatest. I paste my numbers and it writes the summary and flags which outlets dropped. [[Tunde|PERSON]] and [[Blessing|PERSON]] from the [[Lekki|CITY]] axis now use it too.

AI: Have there been moments where it went wrong?

User: Yes o. One time I asked it to calculate the discount for a bulk order and it gave me a wrong total. I almost sent it to a customer, a big supermarket in [[Ojuelegba|CITY]]. Thank God I crosschecked with calculator. Since then I don't trust it with figures at all. Also power and data, that one is our own problem. If there's no light and my data finishes, no AI for me that day. I watched a video where [[Bill Gates|PUBLIC_FIGURE]] was saying AI will help farmers and small traders in [[Africa|CONTINENT]], and I laughed, because first give us steady light.

AI: How do you see AI affecting your career?

User: I want to grow into key accounts, maybe with one of the multinationals. The AI helps me sound more professional in emails, which matters when you're dealing with procurement people in big chains. My younger sister [[Adaeze|PERSON]] is in [[UNILAG|SCHOOL]] and she uses it for everything, sometimes too much. I tell her, use it to learn, not to copy. [[Adaeze|PERSON]] doesn't listen, but she's [[nineteen|AGE]], what can I do.

AI: Thank you, that's very useful. Is there a way we can follow up with you?

User: Sure. You can find me on [[Instagram|SOFTWARE]], [[@chiamaka.sells|SOCIAL_HANDLE]], I post my products there too. Or email, I'll spell it so it doesn't go to spam: [[chiamaka underscore okafor at yahoo dot com|OBF_EMAIL|spelled_at_dot]]. Please don't call during the day, I'm always on the road.""")

# 4 UK - nurse, Leeds
T.append("""AI: Thanks for speaking with me. Could you tell me a bit about your role?

User: Course. I'm [[Siobhan Gallagher|PERSON]], I'm a [[staff nurse|JOB_TITLE]] on an acute medical ward at [[St James's University Hospital|ORGANIZATION]] in [[Leeds|CITY]]. I'm [[52|AGE]], I qualified in [[1996|DATE]], so I've seen a few computer systems come and go, believe me. Originally from [[Derry|CITY]], came over for my training and never went back. I live out in [[Horsforth|CITY]] now.

AI: What AI tools, if any, do you come across at work?

User: Officially, not many. The trust is piloting an AI thing that listens to consultations and writes the notes, but that's in outpatients, not on my ward. Our records are all on [[PPM+|SOFTWARE]] and that's the same as ever. What I use is [[Copilot|AI_PRODUCT]] on the work laptop, mainly for the boring bits. I do a lot of the falls prevention audits, so I write summaries and little teaching sessions. I'll give it the bare bones and ask it to turn it into a fifteen-minute session for the healthcare assistants. Our [[ward sister|JOB_TITLE]], [[Bernie Walsh|PERSON]], thought I'd gone mad when I showed her.

AI: Does patient information ever go into these tools?

User: Never. Absolutely not. We had it drummed into us by information governance, and rightly so. If I'm writing up an audit I'll put "patient in bay three" or just numbers. I did catch one of our newly qualified staff, [[Kofi|PERSON]], lovely fella, typing a handover into [[ChatGPT|AI_PRODUCT]] on his own phone to tidy it up, and I had to have a quiet word. He wasn't being malicious, he's dyslexic and the handover sheet stresses him out. So I went to [[Bernie|PERSON]] and we've asked practice development whether there's something approved he can use. That's the real story, I think. People aren't lazy, they're drowning.

AI: How do you feel about AI coming into nursing more broadly?

User: Mixed. I heard [[Wes Streeting|PUBLIC_FIGURE]] on the radio going on about AI fixing the [[NHS|ORGANIZATION]] and I nearly threw my tea at the wall. You can't AI your way out of being four nurses short on a night shift. But the documentation, yes, if something could take the writing off us I'd bite its hand off. I reckon I spend a third of a shift typing. My daughter [[Niamh|PERSON]] is training to be a physio at [[Sheffield Hallam|SCHOOL]] and they're already being taught how to use these tools properly, which we never got. She's more clued up than half the band sevens.

AI: Have you had any training from your employer?

User: One e-learning module in [[September|GENERIC_TIME]], twenty minutes, mostly about what not to do. Nothing about how to actually use it well. I've learned mostly from [[Niamh|PERSON]] and from a [[Facebook|SOFTWARE]] group for nurses. Honestly the best tip I got was from Dr [[Okonkwo|PERSON]] on our ward, who said treat it like a keen student: useful, but check everything it tells you. I've said that to [[Kofi|PERSON]] as well. If the [[NHS|ORGANIZATION]] is serious about this, they need to give us an hour off the ward to learn it, not squeeze it in on a [[Sunday|GENERIC_TIME]] night.

AI: Thank you, [[Siobhan|PERSON]]. If we want to follow up, what's the best way?

User: Ring me on my mobile, [[07700 900418|PHONE_NUMBER]], but not on a [[Tuesday|GENERIC_TIME]] or [[Wednesday|GENERIC_TIME]] because I'm on long days. Or email, [[siobhan.gallagher52@outlook.com|EMAIL_ADDRESS]]. Don't use my work one, it's a nightmare getting into it from home.""")

# 5 Germany - logistics, Hamburg
T.append("""AI: Thank you for taking part. Could you start by describing your job?

User: Yes, of course. My name is [[Tobias Brandt|PERSON]], I'm [[41|AGE]], and I work as a [[transport planner|JOB_TITLE]], in German we say Disponent, at [[Elbe Cargo Logistik|ORGANIZATION]] in [[Hamburg|CITY]]. We are a mid-sized forwarding company, around three hundred people, mostly trucking between the port and warehouses in [[Poland|COUNTRY]], [[Czechia|COUNTRY]] and the [[Netherlands|COUNTRY]]. I joined in [[2015|DATE]] after some years at [[Kühne + Nagel|ORGANIZATION]]. I live in [[Wilhelmsburg|CITY]], so I can cycle to work, which is nice.

AI: Where does AI appear in your work?

User: In two places. First, our transport management system got an update [[last autumn|GENERIC_TIME]] with a route optimisation module that the vendor calls AI. I'm honestly not sure how much is AI and how much is old-fashioned algorithms with a new sticker. Second, and this is more personal, I use [[DeepL|AI_PRODUCT]] every day because our drivers write in Polish, Romanian, Ukrainian, and the customers want English. And I use [[ChatGPT|AI_PRODUCT]] for emails when there's a complaint. My [[colleague|GENERIC_ROLE]] [[Jana|PERSON]] showed me that you can tell it "write this politely but make clear it is not our fault" and it does it very well.

AI: Is that allowed by your company?

User: [[DeepL|AI_PRODUCT]] we have a paid licence, so yes. [[ChatGPT|AI_PRODUCT]] was a grey zone for a long time. Then in [[spring|GENERIC_TIME]] the works council got involved, because they were worried the route module would be used to monitor drivers. My [[boss|GENERIC_ROLE]], Herr [[Petersen|PERSON]], had a long meeting with them and now there's a company agreement. We can use a business version of [[ChatGPT|AI_PRODUCT]], but no personal data of drivers, no licence plates, no customer names. It's very German, everything in an agreement, but to be honest I like the clarity.

AI: Has the route optimisation changed how you plan?

User: It suggests, I decide. That's how I see it. It does not know that [[Marek|PERSON]], one of our best drivers, refuses to drive through [[Berlin|CITY]] on [[Friday|GENERIC_TIME]] afternoons, or that a certain warehouse in [[Poznań|CITY]] closes its ramp early on [[Saturdays|GENERIC_TIME]] even though their website says otherwise. Years of small knowledge like this, it is not in the system. Once I followed the suggestion blindly and a truck waited six hours at [[Bremerhaven|CITY]]. The customer was not amused. So now I check everything. It saves me maybe thirty minutes a day, not more.

AI: How do you feel about the future of your job?

User: I'm not afraid, but I'm watching. My wife [[Anke|PERSON]] works in a bank and she is more worried than me. Planning needs phone calls, negotiation, sometimes shouting at a warehouse in bad Italian. Our [[CEO|GENERIC_ROLE]] gave a speech at the summer party and quoted [[Jensen Huang|PUBLIC_FIGURE]], saying every company will be an AI company. Everyone clapped, then went back to [[Excel|SOFTWARE]]. [[Excel|SOFTWARE]] is still the real operating system of logistics, believe me. And [[SAP|SOFTWARE]] for the invoices, which nobody loves.

AI: Thank you. How can we reach you if we have follow-up questions?

User: Best by email. I write it like this so the bots don't catch it: [[tobias punkt brandt at gmx punkt de|OBF_EMAIL|other_language_dot]]. Or on [[LinkedIn|SOFTWARE]], but I rarely log in. Please not in the mornings, between six and ten it is chaos here.""")

# 6 Kenya - agriculture, Nakuru
T.append("""AI: Thank you for joining us. Please tell me a little about yourself and your work.

User: Thank you for having me. I am [[Wanjiru Kamau|PERSON]], I am [[38|AGE]] years. I work as an [[agricultural extension officer|JOB_TITLE]] with the [[Nakuru County Department of Agriculture|ORGANIZATION]]. I cover [[Njoro|CITY]] and [[Molo|CITY]], mostly smallholder farmers growing maize, potatoes, some dairy. I joined the county in [[2013|DATE]], after my degree at [[Egerton University|SCHOOL]], so I know these farms very well by now.

AI: How did you first come across AI tools in your work?

User: It was through a training by an NGO. They showed us [[PlantVillage Nuru|AI_PRODUCT]], the app where you point the phone at a leaf and it tells you if there is a disease. That one was useful for cassava and maize. Then my nephew [[Kevo|PERSON]], he is in campus, he showed me [[ChatGPT|AI_PRODUCT]] during the [[Christmas holidays|GENERIC_TIME]]. At first I thought it was just for students writing essays. But now I use it to prepare the messages I send to the farmer groups, and to translate into Kiswahili. Sometimes I try Kikuyu, but honestly it is not good at Kikuyu, it mixes things.

AI: Can you give an example of how you use it with farmers?

User: Yes. In [[April|GENERIC_TIME]] we had fall armyworm in [[Mau Narok|CITY]]. Mzee [[Kiprono|PERSON]], he has maybe five acres there, he called me very early in the morning, he was panicking. I asked [[ChatGPT|AI_PRODUCT]] to make a short SMS explaining how to scout for the worm and what to do, in simple Kiswahili, under one hundred and sixty characters. It did well. But it also recommended one chemical that is not registered here. I only knew because I checked with the [[Pest Control Products Board|ORGANIZATION]] list. If a farmer had asked it directly, he would have gone to the agrovet asking for something they cannot sell him. So I always say the AI is like a clever student who has never been to [[Kenya|COUNTRY]].

AI: Does your department have any policy about these tools?

User: No policy yet. Our [[director|GENERIC_ROLE]] mentions digital agriculture in every meeting, because President [[Ruto|PUBLIC_FIGURE]] talks about it a lot, and there is the farmer registration on [[KIAMIS|SOFTWARE]] for the subsidised fertiliser. But nobody has told us what we can or cannot put in [[ChatGPT|AI_PRODUCT]]. My [[colleague|GENERIC_ROLE]] [[Otieno|PERSON]], who sits next to me at the office in [[Nakuru|CITY]] town, he puts everything, even farmer lists with ID numbers, to make reports quickly. I told him, [[Otieno|PERSON]], those are people's details, you cannot. He laughed, but [[last month|GENERIC_TIME]] he stopped.

AI: What challenges do you see for the farmers themselves?

User: Many of them don't have smartphones, and those who have, the data bundles are expensive. Also language, and also trust. Mama [[Njeri|PERSON]], she leads a women's group in [[Elburgon|CITY]], she told me "if the phone is so clever, why can't it bring rain?" (laughs). But the young farmers, the ones in their twenties, they are very interested. Some are already asking [[Gemini|AI_PRODUCT]] about dairy feed rations. My worry is they trust it more than they trust us, the extension officers, and there are very few of us. In my ward I am alone for almost three thousand farmers.

AI: Thank you, that's really helpful. How can we contact you for a follow-up?

User: You can call me on [[0722 418 903|PHONE_NUMBER]], any day except [[Sunday|GENERIC_TIME]], I am in church. Or email [[wanjiru.kamau.agri@gmail.com|EMAIL_ADDRESS]]. If I am in the field the network is bad, so be patient with me.""")

# 7 Philippines - BPO quality analyst, Cebu
T.append("""AI: Hi, thank you for your time. Could you introduce yourself and your role?

User: Hello po. I'm [[Maricel dela Cruz|PERSON]], [[31|AGE]] years old, and I'm a [[quality analyst|JOB_TITLE]] at [[Bluewave Contact Solutions|ORGANIZATION]] here in [[Cebu City|CITY]], our site is in [[IT Park|CITY]]. I started as a call center agent in [[2016|DATE]], right after graduating psychology from [[University of San Carlos|SCHOOL]], then I was promoted to QA. We handle a health insurance account from the [[US|COUNTRY]], members calling about claims, benefits, those things.

AI: How is AI used in your team?

User: Big change [[this year|GENERIC_TIME]]. Before, I listened to maybe eight calls per agent every month and scored them manually in a spreadsheet. Now we have [[Observe.AI|AI_PRODUCT]], it transcribes and scores all the calls automatically, one hundred percent. My job now is more to review what the AI flagged and do calibration. Honestly, at first I was scared, I thought they will remove QA. Our [[team leader|GENERIC_ROLE]], Ate [[Lorna|PERSON]], told me no, they need humans to check the machine. So far she's right.

AI: Has the automatic scoring been fair to agents?

User: Not always. The AI sometimes marks our agents for "unclear speech" when it's just the Cebuano accent. One agent, [[Rodel|PERSON]], very good agent, members love him, but his score dropped because the system kept flagging his pronunciation. I listened to the calls myself and they were fine. I escalated to our operations [[manager|GENERIC_ROLE]] in [[Phoenix|CITY]], [[Brandon|PERSON]], and to be fair he listened, and now there's an exception process. But if I didn't check, [[Rodel|PERSON]] might have been put on a coaching plan for nothing. That's what I tell the new analysts, never just copy-paste the AI score.

AI: Do you use any other AI tools personally for work?

User: Yes, [[ChatGPT|AI_PRODUCT]] for coaching scripts and for my English emails to the [[client|GENERIC_ROLE]]. And [[Copilot|AI_PRODUCT]] is inside our [[Salesforce|SOFTWARE]] now, it summarizes the case history, which is nice. My friend [[Jhun-Jhun|PERSON]], he's in workforce management, he uses it to forecast call volume in [[Google Sheets|SOFTWARE]]. But we're not allowed to put member names or policy numbers, because of HIPAA. They made us do a refresher every [[January|GENERIC_TIME]].

AI: How do you feel about the future of BPO work in the [[Philippines|COUNTRY]]?

User: Hmm, mixed. I saw [[Bongbong Marcos|PUBLIC_FIGURE]] on the news saying BPO jobs are safe, but I don't fully believe it. Simple calls like "what is my deductible" the bot can already answer. My husband [[Ramil|PERSON]] works in [[Dubai|CITY]] as an OFW, and we have two kids, so this job is important for us. My plan is to learn data analytics, so I can be the one managing the AI instead of being replaced by it. My mother in [[Bohol|CITY]] keeps saying just become a nurse abroad, like everyone in our family, ha ha.

AI: Thank you, [[Maricel|PERSON]]. Is there a way for us to contact you later?

User: Sure po. My number, I'll say it in words: [[zero nine one seven, four two three, eight eight one zero|OBF_PHONE|number_words]]. Text or [[Viber|SOFTWARE]] is okay. And I have a [[TikTok|SOFTWARE]] where I post tips for new agents, [[@maricel.dlc|SOCIAL_HANDLE]], you can message me there also.""")

# 8 Brazil - finance, Sao Paulo
T.append("""AI: Thanks for participating. Could you tell me a bit about yourself and your job?

User: Sure. I'm [[Rafael Nogueira|PERSON]], [[36|AGE]], and I work as an [[FP&A analyst|JOB_TITLE]], financial planning and analysis, at [[Construtora Paranhos|ORGANIZATION]], a mid-sized construction company in [[São Paulo|CITY]]. Before that I was five years at [[Itaú|ORGANIZATION]] in the credit risk area, then I came here in [[March 2019|DATE]]. I'm originally from [[Campinas|CITY]], did my MBA at [[FGV|SCHOOL]], and now I live in [[Pinheiros|CITY]] with my wife [[Paula|PERSON]] and our little girl.

AI: How do AI tools fit into your work?

User: A lot, actually, more than my [[boss|GENERIC_ROLE]] probably knows. [[Copilot|AI_PRODUCT]] came with our [[Office|SOFTWARE]] license [[last year|GENERIC_TIME]], so I use it in [[Excel|SOFTWARE]] to write formulas and to explain spreadsheets that somebody built in 2015 and nobody understands. And [[ChatGPT|AI_PRODUCT]] I use for writing Python scripts to pull data from [[TOTVS|SOFTWARE]], our ERP, and clean it before it goes to [[Power BI|SOFTWARE]]. Before, our monthly close took around nine working days. Now it's six, and a good part of that is automation I built with AI help.

AI: Does your [[manager|GENERIC_ROLE]] know how much you use it?

User: She knows, but maybe not the scale. My [[manager|GENERIC_ROLE]], [[Cláudia Ramos|PERSON]], is very old school, she likes to see the numbers being built. When I showed her a variance commentary that [[ChatGPT|AI_PRODUCT]] drafted she said "it writes like a consultant, too many words and no opinion." (laughs) She's right. So I use it for the first draft and then I put the real explanation, like "the concrete price went up because of the supplier in [[Sorocaba|CITY]]." The AI doesn't know that. Our [[CFO|GENERIC_ROLE]] on the other hand wants AI everywhere, because he went to some event and heard [[Fernando Haddad|PUBLIC_FIGURE]] talking about digital government, and now everything is AI.

AI: Are there any rules about what data you can share?

User: There's a policy since [[August|GENERIC_TIME]]: no client data, no personal data because of the LGPD, and no unpublished financials in public tools. For that we have an internal version of [[Copilot|AI_PRODUCT]] that stays inside the company tenant. I'm careful. But my [[colleague|GENERIC_ROLE]] [[Juninho|PERSON]], his real name is [[Osvaldo Júnior|PERSON]], he once pasted the whole payroll file into [[ChatGPT|AI_PRODUCT]] to find an error. IT caught it, he got a big scare, and now he is the most careful person in the department, ha.

AI: How do you think this will change finance jobs over the next few years?

User: The junior work, reconciliation, building the same report every month, that will disappear or become very small. Honestly, I'm a bit worried for the interns. When I started at the bank, I learned by doing the boring stuff. If the AI does the boring stuff, how does a 22-year-old learn? On the other side, for someone like me who knows the business, it's like having an assistant who never sleeps. I'm trying to move into a business partner role, where I talk more with the engineers on site and less with spreadsheets.

AI: Thank you. How can we reach you for the follow-up and the gift card?

User: My email, I'll say it in Portuguese style so it doesn't get scraped: [[rafa ponto nogueira arroba hotmail ponto com|OBF_EMAIL|other_language_at_dot]]. And for the gift card payment your form asked for the CPF, it's [[318.442.907-15|NATIONAL_ID]]. If you call, better after seven at night, during the close week it's impossible.""")

# 9 Mexico - hospitality, Cancun
T.append("""AI: Hello and thank you for joining. Could you tell me about yourself and your job?

User: Hola, yes. My name is [[Guadalupe Herrera|PERSON]], but everybody calls me [[Lupita|PERSON]]. I'm [[44|AGE]], and I'm the [[front office manager|JOB_TITLE]] at [[Hotel Mar Turquesa|ORGANIZATION]] in the [[Zona Hotelera|CITY]] in [[Cancún|CITY]]. It's an all-inclusive, four hundred and twenty rooms. I started there in [[2011|DATE]] as a receptionist and grew up with the hotel. I'm from [[Mérida|CITY]] originally, I studied tourism at the [[Universidad del Caribe|SCHOOL]].

AI: Where does AI show up in your work at the hotel?

User: In many small places. Our property system, [[Opera|SOFTWARE]], now suggests upgrades to guests at check-in, like "this family might pay for ocean view." Sometimes it's right, sometimes it's funny. And I use [[ChatGPT|AI_PRODUCT]] for replying to reviews on [[TripAdvisor|SOFTWARE]], because we get reviews in English, French, Portuguese, even German. Before, I spent my whole [[Monday|GENERIC_TIME]] morning on reviews. Now one hour. And at the front desk the receptionists use [[Google Translate|SOFTWARE]] with the microphone for guests from [[Korea|COUNTRY]] or [[Poland|COUNTRY]], which is new for us, we used to get mostly [[Canada|COUNTRY]] and the [[United States|COUNTRY]].

AI: Do you ever worry about what the AI writes on behalf of the hotel?

User: Yes, a lot. One time I let it answer a complaint about a lost suitcase and it promised compensation that we don't give. The guest came back and said "your hotel promised me". Our [[general manager|GENERIC_ROLE]], Señor [[Alberto Ibarra|PERSON]], was not happy with me. Since then I read every single word. Also the tone, the AI is too sweet sometimes, too many "we deeply apologize." Mexicans are warm but not like that. Our [[night auditor|JOB_TITLE]], [[Chucho|PERSON]], he says the AI writes like a telenovela, ha ha.

AI: Has your company given you training or guidelines?

User: The hotel belongs to a Spanish group, [[Grupo Alisios|ORGANIZATION]], the head office is in [[Palma de Mallorca|CITY]]. In [[October|GENERIC_TIME]] they sent a guideline, two pages: don't put passport numbers, don't put credit cards, don't put guest names in public AI. Which makes sense, at check-in we scan every passport. But no real training. I learned from [[YouTube|SOFTWARE]] videos and from my daughter [[Ximena|PERSON]], she's [[seventeen|AGE]] and she uses it for everything, school, makeup, everything. My [[colleague|GENERIC_ROLE]] in reservations, [[Fer|PERSON]], she's also very good with it, she made a prompt that writes the welcome letters for the weddings.

AI: How do you see the future of hotel work with AI?

User: Hospitality is people. When a guest arrives tired after a delayed flight from [[Toronto|CITY]], with two crying kids, no robot is going to fix that. A smile, a cold towel, a free margarita. But the back office, yes, that will change. Reservations, reports, reviews. I saw [[Claudia Sheinbaum|PUBLIC_FIGURE]] talking about training young people in technology and I think that's good, because here in [[Quintana Roo|CITY]] everything is tourism, and if the back office jobs go, the young people need something else.

AI: Thank you, [[Lupita|PERSON]]. How can we contact you for a follow-up?

User: My [[WhatsApp|SOFTWARE]] is [[+52 998 214 7730|PHONE_NUMBER]]. Or [[Instagram|SOFTWARE]], [[@lupitaherrera.cun|SOCIAL_HANDLE]], I post photos of the beach, my job is my advertisement, ha ha. Better afternoon, mornings are check-outs and it's crazy.""")

# 10 Canada - teacher, Winnipeg
T.append("""AI: Thanks for joining me. Could you start by telling me about yourself and what you do?

User: Sure. I'm [[Gordon MacLeod|PERSON]], most people call me [[Gord|PERSON]]. I'm [[forty-seven|AGE]], and I'm a [[chemistry teacher|JOB_TITLE]] at [[Kelvin High School|SCHOOL]] in [[Winnipeg|CITY]]. I've been teaching since [[2003|DATE]], the last eleven years at [[Kelvin|SCHOOL]]. Did my B.Ed. at the [[University of Manitoba|SCHOOL]]. I live over in [[St. Vital|CITY]], so it's a bit of a drive in [[January|GENERIC_TIME]], but you get used to it.

AI: How have AI tools come into your teaching?

User: Well, first they came in through the students, whether we liked it or not. About two years ago I started getting lab reports that were suspiciously well-written, with phrases like "in conclusion, this experiment elegantly demonstrates." No sixteen-year-old writes "elegantly." So my first relationship with [[ChatGPT|AI_PRODUCT]] was adversarial, I guess. Then I started using it myself, mostly to generate practice problems, stoichiometry, gas laws, that kind of thing. And there's [[MagicSchool|AI_PRODUCT]], which a bunch of us use for rubrics and modified assignments for kids with learning plans.

AI: How does your school or division handle this?

User: The [[Winnipeg School Division|ORGANIZATION]] put out guidance in [[June|GENERIC_TIME]], pretty general. Our [[principal|GENERIC_ROLE]], [[Anita Dueck|PERSON]], has been good about it, she doesn't pretend we can ban it. What we do have is [[Turnitin|SOFTWARE]] with the AI detector, and I'll be honest, I don't trust it. It flagged a kid [[last semester|GENERIC_TIME]], [[Tyler|PERSON]], as ninety percent AI, and I know that kid, he writes exactly like that because he reads a lot of old science fiction. I had him walk me through it out loud and he knew every word. So now I use the detector as a reason to have a conversation, not as evidence.

AI: Do you talk with colleagues about it?

User: All the time, it's the staff room topic. Mrs. [[Friesen|PERSON]], our [[English teacher|JOB_TITLE]] down the hall, she's gone back to in-class handwritten essays, which the kids hate. I went the other way, I have them use [[ChatGPT|AI_PRODUCT]] to write a lab conclusion and then they have to find the mistakes. It makes errors with significant figures constantly, which is actually great for teaching. The union, the [[Manitoba Teachers' Society|ORGANIZATION]], ran a workshop in [[February|GENERIC_TIME]] and that was helpful, more helpful than the division stuff. And I post a lot of lesson ideas in [[Google Classroom|SOFTWARE]] for other science teachers to borrow.

AI: What concerns you most going forward?

User: Honestly, equity. Some kids have paid versions at home and tutors, some kids share one phone with their siblings. And I worry about kids losing the struggle part of learning. I watched an interview with [[Geoffrey Hinton|PUBLIC_FIGURE]], and, you know, the guy's Canadian, he helped build this stuff, and he's worried. That sticks with me. My wife [[Colleen|PERSON]] is a pharmacist and she says at least nobody's asking the AI to count pills yet. Give it time, I tell her.

AI: Thanks, [[Gord|PERSON]]. What's the best way to reach you for a follow-up?

User: Personal email is best, [[gord.macleod.chem@gmail.com|EMAIL_ADDRESS]], the school one gets filtered like crazy. Or I'm on [[X|SOFTWARE]], [[@MrMacChem|SOCIAL_HANDLE]], mostly posting demos with liquid nitrogen. [[Fridays|GENERIC_TIME]] after three are good for a call.""")

# 11 Australia - civil engineering, Brisbane
T.append("""AI: Thanks for joining. Could you tell me a little about yourself and your work?

User: Yeah, no worries. I'm [[Chloe Nguyen|PERSON]], I'm [[30|AGE]], and I'm a [[civil engineer|JOB_TITLE]] at [[Hartwell & Pike Consulting|ORGANIZATION]] in [[Brisbane|CITY]]. Office is in [[Fortitude Valley|CITY]]. I mostly do road and drainage design, a lot of it for [[Transport and Main Roads|ORGANIZATION]], the state road agency. I started as a grad in [[2017|DATE]] straight out of [[QUT|SCHOOL]]. Grew up in [[Cabramatta|CITY]] in [[Sydney|CITY]]'s west, my parents still run a bakery there.

AI: How do AI tools show up in your engineering work?

User: Less in the actual design than people think. The design work is in [[Civil 3D|SOFTWARE]] and [[12d|SOFTWARE]], and those have some automation but nothing I'd call AI. Where I use it is everything around the design. [[Copilot|AI_PRODUCT]] in [[Word|SOFTWARE]] for drafting design reports, [[ChatGPT|AI_PRODUCT]] for checking my understanding of a standard before I go and actually read the standard, and sometimes for writing [[Excel|SOFTWARE]] macros for the drainage calcs. I'd say it's about a third faster on reports. Nobody's paying us to write pretty prose, so that's a real win.

AI: Have there been any moments where you didn't trust it?

User: Plenty. Once it gave me a rainfall intensity figure for [[Toowoomba|CITY]] that was just made up, like confidently made up. If that had ended up in a culvert design, that's a flooding problem, and my name's on it. Our [[principal engineer|JOB_TITLE]], [[Greg Halloran|PERSON]], has a saying, "the AI can hold the pen but it can't hold the stamp." He's old school, he still prints drawings and goes over them with a red pen. I kind of love that about [[Greg|PERSON]]. Everything that goes to the [[client|GENERIC_ROLE]] has to be checked by a registered engineer anyway, and I've got my registration now, so it's my neck.

AI: Does your firm have rules about what you can use?

User: There's a policy as of [[last July|GENERIC_TIME]]. [[Copilot|AI_PRODUCT]] is approved because it sits inside our company tenant, public [[ChatGPT|AI_PRODUCT]] is okay for general questions but no project documents, no [[client|GENERIC_ROLE]] names, no drawings. We had a grad, [[Harrison|PERSON]], lovely kid, who uploaded a whole tender package to get a summary, and that caused a bit of a panic. Nothing came of it, but the IT guys ran a lunch session after that and everyone had to sign something. Fair enough.

AI: How do you see AI changing engineering as a career?

User: I think the grads will have it hardest, because the stuff we learned on, the tedious calcs and the report writing, is exactly what's being automated. My partner [[Josh|PERSON]] is a sparky, an electrician, and he reckons he's safer than me, which is probably true, no robot's crawling through a ceiling in [[January|GENERIC_TIME]] in [[Queensland|CITY]]. I listened to some podcast where [[Elon Musk|PUBLIC_FIGURE]] was saying nobody will need to work, and honestly, that's not what I'm seeing on site. I'm seeing more paperwork, not less.

AI: Thanks so much, [[Chloe|PERSON]]. How can we reach you for a follow-up?

User: [[LinkedIn|SOFTWARE]]'s probably easiest, [[linkedin.com/in/chloe-nguyen-civil|URL]]. Or I'll type my mobile in the chat, hang on, my keyboard's doing something weird: [[０４１２ ５５８ ９０３|OBF_PHONE|fullwidth_digits]]. If you need my RPEQ number for the eligibility form, it's [[28814|NATIONAL_ID]].""")

# 12 South Africa - law, Johannesburg
T.append("""AI: Thanks for making time. Could you introduce yourself and your work?

User: Sure. My name is [[Thabo Mokoena|PERSON]], I'm [[33|AGE]]. I'm an [[attorney|JOB_TITLE]] at [[Mahlangu Venter Inc.|ORGANIZATION]], a mid-sized firm in [[Sandton|CITY]]. Mostly commercial litigation, some labour matters. I was admitted in [[2018|DATE]], studied law at [[Wits|SCHOOL]], grew up in [[Polokwane|CITY]]. My mom still lives there and still asks me when I'm going to become a judge.

AI: How are AI tools being used at your firm?

User: It's early days. The firm is piloting [[Harvey|AI_PRODUCT]], the legal AI tool, with a few of us. Funny thing, when the email went out saying "[[Harvey|AI_PRODUCT]] will be joining the litigation team," half the office thought we'd hired a new associate called [[Harvey|AI_PRODUCT]]. (laughs) I use it for first drafts of letters of demand, summarising discovery documents, that sort of thing. I also use [[ChatGPT|AI_PRODUCT]] on my own, but only for general stuff, like restructuring an argument, never for client information. For research we still use [[LexisNexis|SOFTWARE]] and [[Juta|SOFTWARE]], because the AI tools make up cases.

AI: Has that happened to you, made-up cases?

User: Not in anything I filed, thank God. But I tested it once, I asked [[ChatGPT|AI_PRODUCT]] for appeal court authority on a point and it gave me three beautiful cases with citations. None of them existed. And there have been actual judgments in [[South Africa|COUNTRY]] where practitioners got into trouble for exactly that, referred to the [[Legal Practice Council|ORGANIZATION]]. So at our firm the rule from the senior [[partner|GENERIC_ROLE]], [[Pieter Venter|PERSON]], is simple: every citation is pulled and read by a human. Our [[paralegal|JOB_TITLE]], [[Lerato|PERSON]], is basically the last line of defence, she checks every authority before anything goes out.

AI: How do [[clients|GENERIC_ROLE]] feel about AI being used on their matters?

User: Mixed. Our corporate [[clients|GENERIC_ROLE]] want it, because they think it should make the bill smaller. One of the mining houses literally asked us in a pitch meeting how we use AI to reduce fees. The smaller [[clients|GENERIC_ROLE]], like a guy who owns three spaza shops in [[Soweto|CITY]] and is fighting his landlord, they don't care, they just want someone to pick up the phone. I think the billing model is going to be a big fight. If [[Harvey|AI_PRODUCT]] does in ten minutes what took me four hours, what do I bill?

AI: Do you see it affecting younger lawyers' training?

User: Definitely. Candidate attorneys learn by doing the grunt work. If the machine does the grunt work, they never develop the instinct. I heard [[Thuli Madonsela|PUBLIC_FIGURE]] speak at [[Wits|SCHOOL]] about AI and the rule of law and she made that point, that judgement isn't something you can outsource. My younger brother [[Sipho|PERSON]] is doing his LLB at [[UJ|SCHOOL]] right now and half his class is using AI for assignments. I worry for them a bit.

AI: Thank you. What's the best way to follow up with you?

User: Email is best, I'll write it so it doesn't get scraped: [[thabo.m[at]mvinc[dot]co[dot]za|OBF_EMAIL|bracket_at_dot]]. If you need to courier the consent forms, our office is at [[14 Rivonia Road|ADDRESS]], [[Sandton|CITY]], [[2196|ADDRESS]]. Ask for me or for [[Lerato|PERSON]] at reception.""")

# 13 France - journalism, Lyon
T.append("""AI: Bonjour, and thank you for taking part. Could you tell me about yourself and your work?

User: Bonjour. I'm [[Camille Rousseau|PERSON]], I'm [[39|AGE]], and I'm a [[reporter|JOB_TITLE]] at [[Le Progrès|ORGANIZATION]], the regional daily here in [[Lyon|CITY]]. I cover local politics and urban affairs, so city council, housing, the tramway fights, that kind of thing. I've been there since [[2012|DATE]], after journalism school at [[ESJ Lille|SCHOOL]]. I live in [[Croix-Rousse|CITY]], up the hill, with my partner and too many books.

AI: How do you use AI in your journalism, if at all?

User: Carefully. (laughs) The biggest thing for me is transcription. I record long interviews, council sessions that last five hours, and I use [[Whisper|AI_PRODUCT]] through an app the newsroom approved to transcribe them. That has changed my life, honestly, I used to spend whole evenings typing. I also use [[Le Chat|AI_PRODUCT]], the [[Mistral|AI_PRODUCT]] assistant, to help me find angles in budget documents, and [[DeepL|AI_PRODUCT]] when I read reports in English or German. But I never let it write my articles. Never.

AI: Why never?

User: Because the writing is the thinking. And because of trust. If a reader in [[Villeurbanne|CITY]] finds out that the article about their school closing was written by a machine, why would they keep paying for us? My [[editor|GENERIC_ROLE]], [[Sandrine|PERSON]], is very strict about it. We have a charter since [[spring|GENERIC_TIME]] that says AI can assist but not sign. And there is the question of sources. I will never put a source's name or a leaked document into an online tool. That's basic protection. Our [[photographer|JOB_TITLE]], [[Mathieu Roux|PERSON]], is even more paranoid than me, he won't use anything that connects to the internet for his photo edits.

AI: Have you seen AI affect the news industry around you?

User: Yes, of course. There are websites now that copy our articles, rewrite them with AI and publish them an hour later with ads everywhere. It's depressing. At the same time, the [[Monday|GENERIC_TIME]] morning newsletter is partly generated now, the summaries, and the readers like it. [[Emmanuel Macron|PUBLIC_FIGURE]] did his big AI summit in [[Paris|CITY]] and everyone was talking about [[Arthur Mensch|PUBLIC_FIGURE]] and French champions, but nobody at that summit was talking about local newsrooms losing readers. When I interviewed [[Grégory Doucet|PUBLIC_FIGURE]] [[last year|GENERIC_TIME]], I asked him about AI in public services and he gave me a very vague answer. Politicians don't know either.

AI: Is there anything that makes you hopeful?

User: The transcription, the translation, the boring parts. If it gives me more time to go outside, meet people in the market, knock on doors, then it's good for journalism. My friend [[Inès|PERSON]], who works at a fact-checking team in [[Paris|CITY]], uses AI to spot fake videos faster, and I think that's useful. My fear is that owners will use it as an excuse to cut jobs instead of giving us more time. We've lost four positions in two years already.

AI: Merci, [[Camille|PERSON]]. How can we reach you for a follow-up?

User: I'm on [[Bluesky|SOFTWARE]], [[@camillerousseau.bsky.social|SOCIAL_HANDLE]]. Or by email, I'll spell it the French way: [[camille point rousseau chez protonmail point com|OBF_EMAIL|other_language_at_dot]]. Please don't call the newsroom, they will think you're a source and it creates confusion.""")

# 14 Spain - local government, Seville
T.append("""AI: Thank you for taking part. Could you start by telling me about yourself and your role?

User: Of course. My name is [[Javier Morales|PERSON]], I am [[50|AGE]] years old, and I am an [[administrative officer|JOB_TITLE]] at the [[Ayuntamiento de Sevilla|ORGANIZATION]], the city council, in the urban planning department. I process building licences, complaints from neighbours, that type of thing. I passed the oposiciones, the public exams, in [[2004|DATE]], and I've been in the same department since then. I studied law at the [[Universidad de Sevilla|SCHOOL]]. I was born in [[Cádiz|CITY]], but I live in [[Triana|CITY]] now, twenty years already.

AI: How does AI show up in your work at the council?

User: Officially? Almost nothing. The public administration in [[Spain|COUNTRY]] moves slowly, you know. We have our file management system, and the digital registry, and that's it. There were talks about a chatbot for citizens on the council website, but it's still a project. Unofficially, some of us use [[ChatGPT|AI_PRODUCT]] at home, on our own phones, to help with the language of the reports. Administrative Spanish is terrible, very long sentences, and I ask it to make the letters to citizens more understandable. I write the draft, I remove all names and addresses, I ask it to simplify, then I copy by hand into the official template.

AI: Does your department know about this?

User: My [[boss|GENERIC_ROLE]], [[Encarna|PERSON]], knows, and she closes one eye, as we say. She is more worried about the backlog. We have licence requests from [[March|GENERIC_TIME]] still waiting. My [[colleague|GENERIC_ROLE]] [[Paco|PERSON]] is totally against it, he says one day a journalist will find out and we will be in the newspaper. Maybe he's right. The [[Junta de Andalucía|ORGANIZATION]] published some guidelines for the regional administration, and I read them, but for the municipal level there is nothing clear yet. So we are in a grey zone. If [[Copilot|AI_PRODUCT]] was installed on our computers with a proper contract, I think everybody would use it tomorrow.

AI: What worries you about using AI in public administration?

User: Decisions. Helping write a letter is one thing. But if one day the AI decides who gets a licence or a housing subsidy, that's a different thing. The citizen has a right to know who decided, and why. I saw [[Pedro Sánchez|PUBLIC_FIGURE]] talking about AI in the public sector, very optimistic, but the reality in our office is that we still scan papers that arrive by post. Also, older colleagues are afraid of it. They are near retirement and they don't want to learn another system after the last one gave us so many problems.

AI: Has it changed how you feel about your job?

User: A little. It gives me some energy, to be honest. After twenty years, the job can be very repetitive. When I found I could use the tool to explain a regulation more simply to an old lady from [[Los Remedios|CITY]], who came three times because she didn't understand our letter, I felt useful again. My daughter [[Lucía|PERSON]], who works in [[Madrid|CITY]] in a tech startup, she laughs at me because I discovered this so late. But better late than never, no?

AI: Thank you, [[Javier|PERSON]]. How can we contact you later?

User: By phone is easiest. I'll say the number in Spanish, my English numbers are bad: [[seis uno cero, cuarenta y dos, dieciocho, setenta y siete|OBF_PHONE|other_language_words]]. In the afternoons, after three, because in the morning the office is full of people.""")

# 15 US - agriculture, Iowa
T.append("""AI: Thanks for taking the time. Could you tell me a little about yourself and your operation?

User: Sure. I'm [[Dale Jensen|PERSON]], I'm [[58|AGE]], and I'm a [[farmer|JOB_TITLE]], corn and soybeans, about two thousand acres outside [[Story City|CITY]], which is just north of [[Ames|CITY]]. I took over from my dad in [[1988|DATE]], and my son [[Cody|PERSON]] came back to the farm after he finished at [[Iowa State|SCHOOL]], so now it's the two of us, plus a hired man, [[Rusty|PERSON]], during planting and harvest.

AI: Where does AI come into farming for you?

User: More than you'd think, but most of it's hidden in the equipment. The sprayer we bought a couple years ago has camera-based spot spraying, it sees the weeds and only sprays those. That's basically AI, they just don't call it that at the dealership. All the yield data goes into the [[John Deere Operations Center|SOFTWARE]], and we also use [[Climate FieldView|SOFTWARE]], which [[Cody|PERSON]] set up. The part I use myself is [[ChatGPT|AI_PRODUCT]], and that's newer. My daughter-in-law [[Kelsey|PERSON]] put it on my phone [[last winter|GENERIC_TIME]] and I was skeptical, but I use it now for reading the fine print on seed contracts and crop insurance paperwork.

AI: Can you give me an example of something it helped with?

User: Sure. [[Last March|GENERIC_TIME]] we had a question about whether we could switch a field to soybeans without messing up our insurance coverage. I typed the question in, and it gave me a pretty good explanation of the rules, and then said to check with my agent, which is the right answer. Our [[agronomist|JOB_TITLE]] at [[Heartland Co-op|ORGANIZATION]], [[Brad Heller|PERSON]], he uses it too, he told me he asks it to turn his field notes into reports for the farmers. So it's spreading. Now, I'll tell you where it's not good, it doesn't know my ground. It doesn't know the northeast corner of the home place floods [[every other spring|GENERIC_TIME]]. That's sixty years of knowing.

AI: Are there concerns about data, or about who controls these tools?

User: Oh yeah. That's the big one for me. All that yield data, where does it go? Who's making money off it? The equipment companies know more about my farm than I do at this point. My wife [[Linda|PERSON]] does the books in [[QuickBooks|SOFTWARE]] and she won't let me put any of our financials into the chatbot, and I think she's right. I heard [[Joe Rogan|PUBLIC_FIGURE]] talking about AI taking over everything, and [[Cody|PERSON]] rolled his eyes at me, but the right to repair stuff has taught us you don't own what you think you own.

AI: How do you see the next ten years going?

User: I think the big operations will get bigger, because they can afford all this. For a family farm like ours, some of it helps, the spot spraying saved us real money on chemical. But it's expensive to get in. [[Cody|PERSON]] wants to try one of those autonomous tractors, and I told him we'll see when the price comes down. I trust [[Cody|PERSON]] with it more than me. I'm [[58|AGE]], I learned on a tractor with no cab.

AI: Thanks, [[Dale|PERSON]]. How can we get in touch for a follow-up?

User: The landline's best, [[515-555-0142|PHONE_NUMBER]], and if nobody answers, [[Linda|PERSON]] will call you back. Or mail, it's [[2148 260th Street|ADDRESS]], [[Story City|CITY]], [[Iowa|CITY]] [[50248|ADDRESS]]. I don't do much email, that's more [[Cody|PERSON]]'s department.""")

# 16 India - HR recruiting, Pune
T.append("""AI: Hello, thanks for joining. Could you tell me about yourself and your work?

User: Hi! I'm [[Sneha Kulkarni|PERSON]], I'm [[26|AGE]], and I'm a [[talent acquisition executive|JOB_TITLE]] at [[Vardhan Auto Components|ORGANIZATION]]. Our plant is in [[Chakan|CITY]], the industrial belt near [[Pune|CITY]]. We make brake parts for two-wheelers mostly. I joined in [[January 2023|DATE]] after my MBA in HR from [[Symbiosis|SCHOOL]]. I hire for everything, shop floor operators, quality engineers, sometimes even the canteen staff.

AI: How do you use AI in recruiting?

User: A lot, actually. First thing, job descriptions. Our old JDs were copy-paste from ten years ago, so I use [[ChatGPT|AI_PRODUCT]] to rewrite them and make them clearer, especially for diploma holders who read in Marathi or Hindi first. Then screening. We get around four hundred applications on [[Naukri|SOFTWARE]] for one engineer post. I can't read all of that. [[Naukri|SOFTWARE]] has its own AI ranking now, and our HRMS, [[Darwinbox|SOFTWARE]], also gives a match score. I use those scores as a first filter, but I always look at the ones just below the cut-off also, because sometimes good people write bad CVs.

AI: Have you seen cases where the AI ranking got it wrong?

User: Yes, many. One candidate, [[Rohit|PERSON]], was ranked very low because his CV was one page, handwritten and scanned, can you believe it. But he had eight years in a Tier 1 supplier. I called him just out of curiosity and he was excellent, we hired him as a line supervisor. If I had trusted the score he was gone. Another thing, the AI likes people from big-name colleges. For shop floor jobs that is completely useless. Our [[HR head|GENERIC_ROLE]], Mrs. [[Deshpande|PERSON]], she actually noticed this first, she said why are all the shortlists from the same three colleges?

AI: What about candidate data and privacy?

User: This is something I'm strict about. Candidates send us Aadhaar copies, PAN, salary slips, everything, sometimes on [[WhatsApp|SOFTWARE]] even before we ask. I never put any of that into [[ChatGPT|AI_PRODUCT]]. For summaries I use [[Copilot|AI_PRODUCT]], because the company has the enterprise licence and IT told us it stays inside. My friend [[Tanvi|PERSON]] works in HR at [[Infosys|ORGANIZATION]] in [[Hinjewadi|CITY]], and they have a full internal AI tool, very fancy. We are a mid-size company, we don't have that budget. So I do my best with what we have.

AI: How do you feel about AI in your own career?

User: Honestly, excited and a little nervous. Recruiting is becoming very data-driven, and I like that, I'm good with [[Excel|SOFTWARE]] and dashboards. But my father keeps forwarding me videos, like [[Narayana Murthy|PUBLIC_FIGURE]] saying young people should work seventy hours, and some other video saying AI will take HR jobs. I tell him, Papa, somebody still has to convince an engineer from [[Nashik|CITY]] to move to [[Chakan|CITY]] for forty thousand a month. The AI can't do that negotiation. Not yet, at least. (laughs)

AI: Thank you, [[Sneha|PERSON]]. How should we contact you for the follow-up and payment?

User: Email is [[sneha.kulkarni.hr@gmail.com|EMAIL_ADDRESS]]. For the payment your form asked for PAN, mine is [[ABKPK4471M|NATIONAL_ID]]. And please schedule on a [[Saturday|GENERIC_TIME]] if possible, weekdays are full of interviews.""")

# 17 UK - sales, Manchester
T.append("""AI: Thanks for joining. Could you start by telling me about yourself and your job?

User: Yeah, course. I'm [[Jamal Osei|PERSON]], I'm [[37|AGE]], and I'm an [[account manager|JOB_TITLE]] at [[Northpoint Packaging|ORGANIZATION]]. We do corrugated boxes, custom packaging, that kind of thing, mainly for food and drink businesses across the [[North West|CITY]]. Office is at [[Salford Quays|CITY]], but I'm on the road a lot. I've been there since [[2016|DATE]]. Before that I did a business degree at [[Manchester Met|SCHOOL]], and a couple of years selling phones, which teaches you everything about rejection. Live in [[Stockport|CITY]] with my wife and two lads.

AI: How does AI come into your sales work?

User: It's everywhere now, to be honest. We run on [[Salesforce|SOFTWARE]], and they've switched on [[Einstein|AI_PRODUCT]], which scores leads and tells you which accounts are "at risk." Then all our calls go through [[Gong|AI_PRODUCT]], which records and transcribes them and gives you a little report on how much you talked versus the customer. I talk too much, apparently. (laughs) And then I use [[ChatGPT|AI_PRODUCT]] and [[Copilot|AI_PRODUCT]] for emails and proposals. My [[colleague|GENERIC_ROLE]] [[Gemma|PERSON]] swears by [[Gemini|AI_PRODUCT]] instead, we have a running argument about it.

AI: Do you find the lead scoring useful?

User: Sometimes. It's good at noticing patterns, like when a customer's order volume drops for three months in a row. That's saved me a couple of accounts. But it doesn't know the relationships. One of my biggest [[clients|GENERIC_ROLE]], [[Hollins Brewery|ORGANIZATION]] in [[Bolton|CITY]], was flagged as "at risk" for weeks, and it was just because their head brewer, [[Dougie|PERSON]], was off for a hip operation and nobody was ordering. I knew that because I'd had a pint with him. No algorithm's going to know that. My sales [[director|GENERIC_ROLE]], [[Rob Clancy|PERSON]], loves the dashboards though, and every [[Monday|GENERIC_TIME]] we go through them line by line.

AI: How do you feel about the call recording and analysis?

User: Mixed. I get the coaching angle. I listened back to a call and realised I interrupted the buyer four times, which, fair enough. But it does feel like being watched. Some of the newer reps are scared to go off script because they know [[Rob|PERSON]] will see the talk ratio. And I always tell customers it's being recorded, because some of them really don't like it. One buyer in [[Liverpool|CITY]] asked me to switch it off and I did. Building trust is the whole job, isn't it?

AI: Do you think AI will change sales as a career?

User: The admin side, definitely. Logging calls, writing proposals, updating the CRM, that's half of what I hated and now it's mostly automatic. But people still buy from people. I was watching a documentary about [[Marcus Rashford|PUBLIC_FIGURE]] with my lads, and it's the same thing, people respond to someone who turns up for them. If anything, I think the reps who just send emails are in trouble, and the ones who go and see people are fine.

AI: Thanks, [[Jamal|PERSON]]. What's the best way to contact you?

User: Mobile's [[+44 7911 204386|PHONE_NUMBER]], or email, and I'll say it the long way because the spam filters hate me: [[jamal dot osei at outlook dot co dot uk|OBF_EMAIL|spelled_at_dot]]. Just not on a [[Friday|GENERIC_TIME]] afternoon, that's when I do my expenses.""")

# 18 Nigeria - medicine, Ibadan
T.append("""AI: Thank you for joining, Doctor. Could you tell me a bit about yourself and your work?

User: Thank you. I'm Dr. [[Oluwaseun Adeyemi|PERSON]], most people call me [[Seun|PERSON]]. I'm [[31|AGE]], and I'm a [[resident doctor|JOB_TITLE]] in paediatrics at [[University College Hospital|ORGANIZATION]], [[Ibadan|CITY]]. I did my medical training at [[Obafemi Awolowo University|SCHOOL]] in [[Ile-Ife|CITY]] and I started residency in [[October 2021|DATE]]. It's a teaching hospital, so it's very busy, a lot of referrals from all over the southwest.

AI: How do you use AI tools in clinical work, if at all?

User: Mainly for reading and learning, not for direct patient decisions. We don't have reliable access to [[UpToDate|SOFTWARE]] for everybody, the subscription is expensive, so many residents use [[ChatGPT|AI_PRODUCT]] to quickly summarise guidelines, or [[OpenEvidence|AI_PRODUCT]], which is designed for doctors and gives you references. I use it to prepare for ward rounds and for presentations. For example, if my [[consultant|GENERIC_ROLE]], Prof. [[Akinola|PERSON]], asks me about the latest management of severe acute malnutrition, I can get a structured summary in two minutes and then go and check the actual guideline document.

AI: Have you had experiences where the AI was wrong or unsafe?

User: Yes. The drug doses. It once gave me a paediatric dose calculated for an adult weight, and it said it so confidently. If a tired house officer at three a.m. used that without checking, it could harm a child. So I always tell the junior doctors, never use it for doses. Use the formulary. Also, it doesn't know our context. It will recommend an investigation we don't have, or a drug that is not available in [[Nigeria|COUNTRY]], or that the parents cannot afford. My [[colleague|GENERIC_ROLE]] [[Funmi|PERSON]] had a case where it recommended an MRI for a child whose parents were struggling to pay for the admission itself.

AI: Does the hospital have any policy about these tools?

User: Not a formal one that I know of. We were told not to put patient names or hospital numbers into anything online, which is common sense. Honestly, the bigger conversation in our department is not AI, it's japa, everybody leaving for the [[UK|COUNTRY]]. My close friend [[Dayo|PERSON]] from residency is now working in [[Leicester|CITY]], and he says the hospitals there are starting to use AI for note-taking. Here we are still writing case notes by hand in some wards. The government talks about digital health, I've seen [[Bola Tinubu|PUBLIC_FIGURE]] mention AI in speeches, but on the ground the power still goes off in theatre.

AI: How do you see AI shaping your future as a doctor?

User: I think it will help with the paperwork and the knowledge, but medicine here is about resources and people. A mother who walked two hours with a feverish child needs someone to examine the child, explain, reassure. AI can't do that. My hope is that tools get cheaper and work offline, because our network is unreliable. And I hope the residents who stay get some training, not just [[YouTube|SOFTWARE]] videos at midnight.

AI: Thank you, Dr. [[Adeyemi|PERSON]]. How can we reach you for follow-up?

User: I'm on [[X|SOFTWARE]] as [[@drseun_peds|SOCIAL_HANDLE]], I share paediatric tips there. My number, I'll say it the way we say it here: [[oh-eight-oh-three, three one two, double four five six|OBF_PHONE|spoken_digits]]. And if you need my registration for verification, my MDCN folio number is [[MDCN/R/88214|NATIONAL_ID]].""")

# 19 Philippines - public school teacher, Quezon City
T.append("""AI: Good morning, and thank you for participating. Could you introduce yourself?

User: Good morning po. I'm [[Rowena Bautista|PERSON]], but my students call me Ma'am [[Weng|PERSON]]. I'm [[42|AGE]], and I'm a [[Teacher III|JOB_TITLE]] teaching Grade 9 English at [[Batasan Hills National High School|SCHOOL]] in [[Quezon City|CITY]]. I've been with [[DepEd|ORGANIZATION]] since [[2008|DATE]], after I graduated from [[PNU|SCHOOL]]. I live in [[Marikina|CITY]], so the commute is about one hour each way when traffic is kind.

AI: How have AI tools entered your teaching?

User: Slowly, then suddenly, ha ha. At first it was only the students using [[ChatGPT|AI_PRODUCT]] for their essays, and I could tell, because the essays were suddenly perfect grammar but no feelings. Then one of my co-teachers, Sir [[Jomar|PERSON]], showed me how to use it to make lesson plans and quizzes. We have classes of forty-five, forty-eight students, and I handle six sections, so making differentiated activities by hand is impossible. Now I use [[ChatGPT|AI_PRODUCT]] and [[Gemini|AI_PRODUCT]] to generate reading passages at different levels, and [[Canva|SOFTWARE]] for the visual aids.

AI: How do you handle students using AI for their work?

User: I changed my assessments. More oral recitation, more writing in class. And I teach them how to use it properly, like ask it to explain, not to answer. There's one student, [[Princess|PERSON]], very shy, she doesn't talk in class. She told me she uses [[ChatGPT|AI_PRODUCT]] to practice English conversation at home because she's embarrassed to make mistakes in front of classmates. That touched me. So it's not all cheating. But many students have no laptop, only a shared phone with load, so it's not equal.

AI: Is there guidance from your school or from [[DepEd|ORGANIZATION]]?

User: Our [[principal|GENERIC_ROLE]], Dr. [[Santos|PERSON]], encouraged us to explore, but carefully. [[DepEd|ORGANIZATION]] released some guidance, but honestly many teachers have not read it. There's also the issue of student data. We're not supposed to put student names or grades into online tools, and I follow that. Some teachers paste the whole class record to compute grades faster, and I think that's risky. When [[Sara Duterte|PUBLIC_FIGURE]] was still the Education secretary there was a lot of talk about digital transformation, but in our school the Wi-Fi only works in the faculty room, ha ha.

AI: How do you feel about AI and the future of teaching?

User: I'm hopeful, but tired. Teachers in the [[Philippines|COUNTRY]] have so much paperwork, forms, reports, and if AI can reduce that, then we have more time for the learners. My husband [[Edwin|PERSON]] is an OFW in [[Riyadh|CITY]], so I'm also raising our two kids mostly alone, and every hour saved matters. But AI can't replace the relationship. A student like [[Princess|PERSON]] needs someone who notices her. A chatbot won't notice when she stops coming to class.

AI: Thank you, Ma'am [[Weng|PERSON]]. How can we reach you later?

User: You can email me, I'll write it like this so my inbox doesn't get flooded: [[rowena.bautista(at)deped(dot)gov(dot)ph|OBF_EMAIL|paren_at_dot]]. Or message my [[Facebook|SOFTWARE]] page for teachers, it's [[facebook.com/teacherweng.eng|URL]]. After four in the afternoon is best, po.""")

# 20 Canada - trucking dispatch, Mississauga
T.append("""AI: Thanks for coming on. Could you tell me a bit about yourself and your job?

User: Yeah, sure. My name is [[Harpreet Sandhu|PERSON]], I'm [[35|AGE]], and I'm a [[dispatcher|JOB_TITLE]] at [[Maple Line Freight|ORGANIZATION]] in [[Mississauga|CITY]]. We're a trucking company, about sixty trucks, mostly cross-border, so we run [[Toronto|CITY]] to [[Chicago|CITY]], [[Detroit|CITY]], some [[Montreal|CITY]] runs. I came from [[Ludhiana|CITY]] as an international student in [[2012|DATE]], did supply chain at [[Sheridan College|SCHOOL]], drove a truck for two years myself, then moved into dispatch.

AI: Where do you run into AI in dispatch work?

User: Couple of places. Our trucks have [[Samsara|SOFTWARE]] cameras, and those have AI that flags harsh braking, phone use, following too close, and sends me alerts. Our TMS is [[McLeod|SOFTWARE]], and they added some AI features for load matching, but I don't trust them much yet. Then personally I use [[ChatGPT|AI_PRODUCT]] for emails to brokers, and for understanding customs paperwork when something weird comes up at the border in [[Windsor|CITY]]. A lot of our drivers speak Punjabi first, so sometimes I use it to translate safety memos too.

AI: How do the drivers feel about the AI cameras?

User: Honestly, they hate them at first. Nobody likes a camera looking at their face for eleven hours. One of our senior guys, [[Big Mike|PERSON]], he's been driving thirty years, he put tape over it the first week. (laughs) My [[manager|GENERIC_ROLE]], [[Tony Ferraro|PERSON]], had to sit down with him. But then the camera actually saved [[Gurpreet|PERSON]], one of our younger drivers, when a car cut him off near [[London|CITY]], [[Ontario|CITY]], and the footage showed it wasn't his fault. Insurance paid, no fight. After that, the guys accepted it more. It's about how you use it. If you use it to punish people, it's bad. If you use it to protect them, it's okay.

AI: Are there things the AI gets wrong in your world?

User: Load matching, for sure. It'll suggest a load that looks great on paper, good rate, but it doesn't know the receiver in [[Brampton|CITY]] makes you wait five hours, or that a certain driver can't do overnight because his wife just had a baby. That's the human part of dispatch. Also hours of service, the AI doesn't always understand the difference between Canadian and [[US|COUNTRY]] rules, and the border is a whole other thing. If a truck gets stuck at customs, no chatbot is fixing that, it's me on the phone.

AI: How do you see your job changing?

User: I think dispatch will get more automated, but trucking is a relationship business. Drivers stay with a company because of the person dispatching them, that's no joke. My wife [[Simran|PERSON]] says I spend more time on the phone with the drivers than with her, and she's right. I see [[Doug Ford|PUBLIC_FIGURE]] on the news talking about new highways, and I think, okay, but who's going to drive on them? There's a driver shortage, not a truck shortage. AI won't fix that.

AI: Thanks, [[Harpreet|PERSON]]. How can we reach you for a follow-up?

User: My cell is [[(905) 555-0176|PHONE_NUMBER]], text is better during the day. Or email, write this down: [[harpreet.sandhu AT proton DOT me|OBF_EMAIL|caps_at_dot]]. Weekends are quieter, except [[Sunday|GENERIC_TIME]] night when the trucks go out.""")

# 21 Germany - software engineering, Munich
T.append("""AI: Hi, thanks for joining. Could you introduce yourself and what you work on?

User: Sure. I'm [[Lena Vogel|PERSON]], I'm [[28|AGE]], and I'm a [[backend developer|JOB_TITLE]] at [[Brenner Mobility Systems|ORGANIZATION]] in [[Munich|CITY]]. We build software for EV charging networks, so lots of APIs, billing, integration with the charging hardware. I joined in [[September 2021|DATE]] after my master's at [[TU München|SCHOOL]]. Before that I grew up in [[Regensburg|CITY]]. Now I live in [[Schwabing|CITY]], in a flat that costs way too much.

AI: How do you use AI in your day-to-day development work?

User: Constantly. [[GitHub Copilot|AI_PRODUCT]] is on in my IDE all day, it autocompletes boilerplate, tests, that kind of thing. For bigger stuff I use [[Claude|AI_PRODUCT]], for example if I need to understand a legacy module someone wrote years ago in a style I don't recognise. Some people in my team switched to [[Cursor|AI_PRODUCT]], the editor with the AI built in. My [[colleague|GENERIC_ROLE]] [[Kai|PERSON]] is a big fan, he says he writes half as much code as before. I'm more careful. I use it for the boring parts, and I still want to understand every line that goes into production.

AI: Has the company set any rules?

User: Yes, quite strict ones, which I think is good. The works council and the data protection officer wrote a policy [[last year|GENERIC_TIME]]. We can use [[GitHub Copilot|AI_PRODUCT]] with the business licence and [[Claude|AI_PRODUCT]] through an enterprise contract, but no customer data, nothing with personal data from the charging sessions, because of GDPR. Our [[tech lead|GENERIC_ROLE]], [[Dominik|PERSON]], added a check in the pipeline that blocks commits with certain patterns, like API keys. Because someone, I won't say who, pasted a config file with credentials into a chatbot once. It was a long [[Thursday|GENERIC_TIME]].

AI: Has AI changed how your team works together?

User: A bit. Code reviews got longer, strangely. When people generate a lot of code quickly, the pull requests get bigger and there's more to read. [[Dominik|PERSON]] introduced a rule that you have to mark in [[Jira|SOFTWARE]] when a ticket was mostly AI-generated, not to punish anyone, just so the reviewer knows to look more carefully. And our documentation in [[Confluence|SOFTWARE]] improved a lot, because nobody hates writing docs anymore, the AI does the first draft. The juniors learn differently though. Our working student, [[Emre|PERSON]], is super fast, but when something breaks he sometimes doesn't know where to start. I try to pair with him on [[Wednesdays|GENERIC_TIME]] so he builds that intuition.

AI: How do you feel about the future of software jobs?

User: Honestly, a bit uneasy. Every week there's some headline, some [[CEO|GENERIC_ROLE]] saying they don't need junior developers anymore. I read what [[Linus Torvalds|PUBLIC_FIGURE]] said, that it's mostly hype and useful for some things, and I'm somewhere in the middle. My boyfriend [[Yusuf|PERSON]] is a [[nurse|JOB_TITLE]], and sometimes I'm jealous, because nobody will replace him with a chatbot soon. But I think people who understand systems deeply will be fine. The ones who only glue things together, maybe not.

AI: Thanks, [[Lena|PERSON]]. How can we get in touch for a follow-up?

User: My [[GitHub|SOFTWARE]] is [[github.com/lenavogel-dev|URL]], there's an email in the profile. Or find me on [[Mastodon|SOFTWARE]], I'm [[@lena_vogel@chaos.social|SOCIAL_HANDLE]]. I'm not on [[LinkedIn|SOFTWARE]] much, it's too much hype for me.""")

# 22 Australia - hospitality, Melbourne
T.append("""AI: Thanks so much for joining. Could you tell me about yourself and your work?

User: Of course. I'm [[Priya Raman|PERSON]], I'm [[41|AGE]], and I'm the [[operations manager|JOB_TITLE]] for [[Little Bourke Dining Group|ORGANIZATION]]. We've got three venues in [[Melbourne|CITY]], a café in [[Fitzroy|CITY]], a wine bar in [[Richmond|CITY]] and a bigger restaurant in the CBD. I moved here from [[Chennai|CITY]] in [[2009|DATE]] to study hospitality management at [[William Angliss Institute|SCHOOL]], worked my way up from the floor, and I've been with this group since [[2015|DATE]].

AI: Where does AI come into running the venues?

User: Rostering is the big one. We use [[Deputy|SOFTWARE]] for rosters, and it now forecasts how many staff we need based on past sales and the weather and events, like if there's a big footy game on a [[Saturday|GENERIC_TIME]]. It's not perfect but it's better than me guessing. The POS is [[Lightspeed|SOFTWARE]], and it gives us sales insights. Then I use [[ChatGPT|AI_PRODUCT]] for the writing side, menu descriptions, job ads, responding to reviews. I'm not a natural writer, so that's been a big help.

AI: How do your staff and chefs feel about it?

User: Mixed bag. Our [[head chef|JOB_TITLE]], [[Marco|PERSON]], absolutely refuses to let a computer describe his food. (laughs) He wrote one menu description himself, and it was beautiful, and then he got me to run the others through [[ChatGPT|AI_PRODUCT]] and pretended he didn't. The younger staff don't care at all. One of our baristas, [[Sunny|PERSON]], uses it to help with her uni assignments between shifts. The bigger worry is the rostering. When [[Deputy|SOFTWARE]] cuts a shift because it predicts a quiet [[Tuesday|GENERIC_TIME]], that's a casual worker losing income. So I always review it by hand, especially for staff on visas who need the hours.

AI: Has the business [[owner|GENERIC_ROLE]] pushed for more AI?

User: [[Nick Papadopoulos|PERSON]], the [[owner|GENERIC_ROLE]], is very into efficiency. He watched some video of [[Gordon Ramsay|PUBLIC_FIGURE]] talking about tech in kitchens and suddenly wanted AI ordering. We trialled an AI stock ordering thing [[last winter|GENERIC_TIME]] and it over-ordered avocados by about three hundred percent, so that ended quickly. [[Nick|PERSON]]'s fine now, he listens. I think small hospitality businesses get sold a lot of hype. What we actually need is something that handles award rates and payroll without mistakes, because if you underpay staff, that's a real legal problem in [[Australia|COUNTRY]].

AI: What do you think hospitality work will look like in a few years?

User: The front of house won't change that much. People come out to be looked after by people. Back office, definitely. I used to spend my whole [[Monday|GENERIC_TIME]] doing rosters and invoices, now it's maybe half a day. I use that time to actually be on the floor. My husband [[Karthik|PERSON]] jokes that I talk about [[Deputy|SOFTWARE]] more than about him. And my mum back in [[India|COUNTRY]] thinks I'm a tech person now, which is hilarious.

AI: Thanks, [[Priya|PERSON]]. How can we best follow up with you?

User: Work email is fine, [[priya@lbdg.com.au|EMAIL_ADDRESS]]. Or you can DM me on [[Instagram|SOFTWARE]], [[@priya.eats.melb|SOCIAL_HANDLE]], that's my personal food account. Just not during lunch service.""")

# 23 Brazil - coffee agriculture, Minas Gerais
T.append("""AI: Good afternoon, thank you for participating. Could you tell me about yourself and your work?

User: Boa tarde. My name is [[Antônio Carlos Ferreira|PERSON]], but everybody in the region knows me as [[Toninho|PERSON]]. I'm [[55|AGE]] years old. I am an [[agronomist|JOB_TITLE]], I work in technical assistance for the [[Cooperativa Sul Mineira de Cafeicultores|ORGANIZATION]], based in [[Varginha|CITY]], in the south of [[Minas Gerais|CITY]]. I visit coffee producers, mostly small family farms. I studied at [[UFLA|SCHOOL]], the federal university in [[Lavras|CITY]], and I have been with the cooperative since [[1996|DATE]]. Almost thirty years walking in coffee fields.

AI: How has AI come into your work?

User: It came through the telephone, like everything here. Most producers communicate by [[WhatsApp|SOFTWARE]], audio messages mainly. Now I use [[ChatGPT|AI_PRODUCT]] by voice to help me write technical recommendations in simple Portuguese, and the cooperative has an app that uses images from satellites and drones to detect problems in the plantation, like coffee leaf rust or stress from drought. My grandson [[Davi|PERSON]], he is [[fourteen|AGE]], he taught me to use the voice function. Before, I typed with one finger, slowly.

AI: Can you give me an example of when it helped, or when it didn't?

User: It helped with one producer, Seu [[Zé Maria|PERSON]], near [[Três Pontas|CITY]]. The satellite map showed one part of his field in red. I went there and it was a problem of nutrition, not disease, and we corrected in time. Without the map, maybe I would visit only [[next month|GENERIC_TIME]]. But it also fails. Once the app said there was rust in the farm of Dona [[Cida|PERSON]], and when I arrived it was only the shadow of the eucalyptus trees confusing the image. She laughed at me for a week. So the technology shows where to look, but you still need to put your feet in the soil.

AI: How do producers feel about these tools?

User: The older ones are suspicious. They think the cooperative or the big buyers, the exporters selling to [[Germany|COUNTRY]] and [[Japan|COUNTRY]], will use the data against them, to pay less for their coffee. I understand. The young ones, the sons and daughters who studied, they are enthusiastic. The big frost of [[July 2021|DATE]] changed a lot of things, my own small farm lost almost everything that year. After that, people became more interested in climate data and forecasts. I saw [[Lula|PUBLIC_FIGURE]] on television talking about technology for family agriculture, but here what we need first is good internet in the rural area. In many farms the signal only works on top of the hill.

AI: Do you think AI will change the work of agronomists?

User: It will change, yes. Maybe fewer visits for simple things, more visits for complicated things. I worry about the young agronomists who trust the screen more than their eyes. My [[colleague|GENERIC_ROLE]] [[Fernanda|PERSON]], she is thirty years younger than me, she is excellent with the technology, and I am good with the people, so we work as a pair. I think that is the future, a pair, the machine and the person.

AI: Thank you, [[Toninho|PERSON]]. How can we contact you for a follow-up?

User: My email is [[toninho.agro@coopsulminas.com.br|EMAIL_ADDRESS]]. And the cell phone, I'll say in Portuguese: [[três cinco, nove nove oito, um dois, zero quatro, quatro sete|OBF_PHONE|other_language_words]]. In harvest time, from [[May|GENERIC_TIME]] to [[August|GENERIC_TIME]], I answer only at night.""")

# 24 Kenya - banking, Nairobi
T.append("""AI: Hello, thanks for joining us. Could you introduce yourself and your work?

User: Hi, thank you. I'm [[Faith Wambui|PERSON]], I'm [[32|AGE]], and I'm a [[relationship officer|JOB_TITLE]] in SME banking at [[Equity Bank|ORGANIZATION]], at the [[Westlands|CITY]] branch here in [[Nairobi|CITY]]. I handle loans for small businesses, shops, salons, hardware stores, matatu owners. I joined the bank in [[2017|DATE]] as a graduate trainee, straight from [[Strathmore University|SCHOOL]]. I'm originally from [[Nyeri|CITY]], my parents still farm tea there.

AI: How does AI come into your lending work?

User: The biggest thing is credit scoring. Many of our customers don't have audited accounts, so the system reads their [[M-Pesa|SOFTWARE]] statements, the mobile money history, and gives a risk score. That's machine learning, even if we don't call it AI at the branch. Then for my own work, I use [[Copilot|AI_PRODUCT]] in [[Outlook|SOFTWARE]] and [[Excel|SOFTWARE]], the bank rolled it out [[last year|GENERIC_TIME]]. It helps me write credit memos faster. Before, one memo could take me an afternoon. Now maybe one hour, because it structures the business description and I fill in the numbers.

AI: Has the scoring ever conflicted with your own judgement?

User: Many times. There's Mama [[Atieno|PERSON]], she runs a grocery kiosk in [[Kangemi|CITY]]. The system gave her a low score because she deals mostly in cash, so her statements look thin. But she has been in the same chama for twelve years and never missed a contribution. I pushed, my [[branch manager|GENERIC_ROLE]], Mr. [[Mutua|PERSON]], went to see the kiosk himself, and we approved. She repaid early. But it also works the other way. There was a hardware owner in [[Kikuyu|CITY]], [[Kariuki|PERSON]], very charming, I liked him. The model scored him high risk. I argued for him, and he defaulted after four months. So I'm humble about it. The model sees patterns I don't, and I see people the model doesn't.

AI: Are there rules at the bank about using AI tools?

User: Very strict. Because of the Data Protection Act, and the [[Office of the Data Protection Commissioner|ORGANIZATION]] has been fining companies. The public [[ChatGPT|AI_PRODUCT]] is blocked on work laptops since [[March|GENERIC_TIME]]. We only use the internal [[Copilot|AI_PRODUCT]]. And we never put ID numbers or phone numbers of customers anywhere outside the core system. My [[colleague|GENERIC_ROLE]] [[Kevin|PERSON]] from the credit team does training on this every quarter. People here are very sensitive after all those digital lending apps that were calling borrowers' relatives and shaming them. [[Patrick Njoroge|PUBLIC_FIGURE]] used to talk about that a lot in his speeches.

AI: How do you see AI changing banking jobs in [[Kenya|COUNTRY]]?

User: Tellers are already fewer, because of mobile banking. For my role, I think the paperwork part will shrink, and the relationship part will matter more. Customers still want to sit across a table from someone. My fiancé [[Dennis|PERSON]] works in a fintech startup, they build exactly these scoring models, so at home we argue about it. He says the model is fair because it's math. I tell him, the math learned from our history, and our history is not always fair, especially to women who don't have title deeds.

AI: Thank you, [[Faith|PERSON]]. How can we reach you for a follow-up?

User: I've typed my email in the chat, it's [[faith.wambui\u200b@\u200bgmail\u200b.com|OBF_EMAIL|zero_width_chars]]. My phone is [[+254 711 902 335|PHONE_NUMBER]]. And for the payment form, my KRA PIN is [[A014592837K|NATIONAL_ID]]. Evenings are better, after six.""")

# 25 US - immigration law, Houston
T.append("""AI: Thanks for joining. Could you tell me a little about yourself and your job?

User: Sure. I'm [[Marisol Vega|PERSON]], I'm [[45|AGE]], and I'm a [[paralegal|JOB_TITLE]] at [[Garza & Whitaker Immigration Law|ORGANIZATION]] in [[Houston|CITY]]. Our office is in [[Montrose|CITY]]. I've been there since [[2014|DATE]]. I was born in [[Monterrey|CITY]] and came to [[Texas|CITY]] in [[2003|DATE]], so a lot of our [[clients|GENERIC_ROLE]]' stories are, you know, close to home for me. I do intake, prepare forms, gather evidence, translate documents, and a lot of hand-holding.

AI: How are AI tools used at your firm?

User: Carefully, because immigration is so high stakes. We use [[Clio|SOFTWARE]] for case management, and now they have AI features for summarizing case files, which is useful when a file is two hundred pages. Our [[managing attorney|JOB_TITLE]], [[Elena Garza|PERSON]], also got a subscription to [[CoCounsel|AI_PRODUCT]] for legal research. I use [[ChatGPT|AI_PRODUCT]] for first drafts of translations of things like birth certificates or school records from Spanish, but then I go line by line and I sign the certification myself, so it's my responsibility if it's wrong.

AI: Have you had concerns about confidentiality?

User: Oh, huge. Our [[clients|GENERIC_ROLE]] are trusting us with everything, addresses, family history, sometimes stories of violence. One wrong step and that information is out there. So the rule [[Elena|PERSON]] set is no names, no A-numbers, no dates of birth in any public tool. I strip everything before I paste. Our [[receptionist|JOB_TITLE]], [[Trini|PERSON]], she's the one who's the most nervous, she says "if the government can read it, don't type it," which, honestly, is not a bad rule. Also a lot of our [[clients|GENERIC_ROLE]] don't read English well, and I worry about firms that let a chatbot answer [[client|GENERIC_ROLE]] questions directly. That can go very wrong very fast.

AI: Has AI changed how much work you can take on?

User: A little. Summaries and translations are faster, maybe I save five or six hours a week. But the workload keeps growing, every time the rules change there's a rush. When [[Donald Trump|PUBLIC_FIGURE]] came back into office, our phones didn't stop ringing for weeks. People calling scared, asking if they should leave, asking if their kids are safe at school. No AI can answer those calls. Also [[USCIS|ORGANIZATION]] changes forms all the time, and the AI doesn't always know the newest version, so I always check against the official website.

AI: How do you feel about your future in this work?

User: I'm not worried about being replaced, honestly. What I do needs trust, and it needs someone who speaks the language and understands the culture. My daughter [[Valeria|PERSON]] is studying at the [[University of Houston|SCHOOL]], pre-law, and she uses AI for everything, and I tell her, mija, learn to do it without the machine first. She rolls her eyes, but she listens, I think.

AI: Thank you, [[Marisol|PERSON]]. What's the best way to follow up?

User: Work email is [[mvega@gwimmigration.com|EMAIL_ADDRESS]]. If you need to mail the forms, it's [[3100 Richmond Ave, Suite 410|ADDRESS]], [[Houston|CITY]], [[Texas|CITY]] [[77098|ADDRESS]]. And my cell, I'll write it funny so the bots don't grab it: [[713 five five five 0198|OBF_PHONE|mixed_words_digits]]. Call after [[Tuesday|GENERIC_TIME]], this week is crazy.""")

write_set(T, "set_y")
