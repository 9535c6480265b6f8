"""Blind evaluation set 'ch': 25 synthetic interview transcripts with a typical cross-section of study participants talking about AI at work. Every person, number, email, address and ID is invented. Build with: python3 make_set_ch.py"""
from markup import write_set

T = []

# 1. United States - senior backend engineer, Austin - typed chat
T.append("""AI: Hi, thanks for taking part in this study. To start, could you tell me a bit about your job and what a typical day looks like for you?

User: sure. im a [[senior backend engineer|JOB_TITLE]] at [[Indeed|ORGANIZATION|org_is_word]] in [[Austin|CITY]], been there since [[2019|DATE]]. before that i was at [[Dell|ORGANIZATION]] up in [[Round Rock|CITY]] for like 4 yrs doing QA automation which i do not miss lol. typical day is standup at 9:30, then mostly code review, some design docs, and fighting with our CI pipeline. team is six ppl, [[my manager|GENERIC_ROLE]] [[Priya Raman|PERSON]] is great, very hands off unless something is on fire

AI: That sounds like a busy team. Which AI tools do you actually use in that work?

User: [[Copilot|AI_PRODUCT]] inside [[VS Code|SOFTWARE]] basically all day, and [[ChatGPT|AI_PRODUCT]] for rubber ducking when im stuck. the company also rolled out [[Claude|AI_PRODUCT|person_like_product]] through an internal portal [[last spring|GENERIC_TIME]]. funny thing is theres a guy on my team actually named [[Claude Fontaine|PERSON]] so every time someone writes "just ask [[claude|AI_PRODUCT]]" in [[slack|SOFTWARE]] he replies "ask me what" lol. we also use [[Jira|SOFTWARE]] and [[Datadog|SOFTWARE]] but those are just tools tools

AI: Ha, that must cause some confusion. Can you walk me through a specific time AI really helped, or didn't?

User: ok so [[last month|GENERIC_TIME]] we had an incident where payment webhooks were timing out at like 2am. i was on call. pasted the stack trace into [[chatgpt|AI_PRODUCT]] and it spotted a retry loop that was doubling requests, which honestly i would have found eventually but not at 2am. then it confidently told me to change a config flag that doesnt exist in our version. so 50/50. i had to page [[marcus|PERSON]] anyway bc he owns that service. [[Marcus|PERSON]] was not thrilled. the postmortem doc has my employee number on it bc thats how our incident tool tracks who was on call, [[E4471920|NATIONAL_ID|employee_number]], which i type like ten times a day into various portals

AI: I see. And what worries you most about how AI is changing the work?

User: [[the juniors|GENERIC_ROLE]] tbh. we hired two [[new grads|GENERIC_ROLE]] from [[UT Austin|SCHOOL]] in [[June 2023|DATE]] and one of them, [[Kayla|PERSON]], is super smart but basically cant debug without [[copilot|AI_PRODUCT]] open. if it gives her garbage she doesnt know its garbage. the other worry is people pasting customer data into chat windows. security sent out a whole email about it after someone put a full customer record in there. and bigger picture, when [[Sam Altman|PUBLIC_FIGURE]] goes on a podcast and says engineers wont be needed in five years my mom calls me asking if im getting fired

AI: You mentioned [[Kayla|PERSON]]. How does the team handle mentoring people like her?

User: i do pairing with her on [[Tuesdays|GENERIC_TIME]], [[copilot|AI_PRODUCT]] turned off for the first hour. she hates it but she's getting better. [[Priya|PERSON]] backs me on that. my wife [[Jen|PERSON]] says i sound like a teacher and she would know, she's a [[2nd grade teacher|JOB_TITLE]] at [[Zilker Elementary|SCHOOL]] and uses [[MagicSchool|AI_PRODUCT]] for her lesson plans now. we compare notes at dinner which is weird but fun. as for me, i feel faster but shallower some days. like i ship more PRs but i understand less of each one. im [[36|AGE]] and ive been coding since high school in [[Corpus Christi|CITY]], and i remember reading docs cover to cover. now i read the summary. i watch [[Andrej Karpathy|PUBLIC_FIGURE]]'s videos on [[weekends|GENERIC_TIME]] to feel like i still understand the fundamentals lol. our son [[Theo|PERSON]] wants to be a youtuber not an engineer so maybe he's the smart one

AI: Thank you, this has been really helpful. Is there anything else you'd like to add, or anything we didn't cover?

User: just that the tooling is moving faster than the policy. nobody at work can tell me if i'm allowed to use the [[claude|AI_PRODUCT]] portal for code that touches PCI stuff. if you want to follow up my email is [[jkowalski.dev@gmail.com|EMAIL_ADDRESS]] and my github is [[github.com/jkowal-sk|URL]], name's [[Jakub Kowalski|PERSON]] but everyone calls me [[Kuba|PERSON|nickname]]""")

# 2. United Kingdom - secondary history teacher, Leeds - speech-to-text
T.append("""AI: Hello, and thank you for joining. Could you start by telling me about your work and where you do it?

User: Yeah, hi. Um, so I'm a [[history teacher|JOB_TITLE]], secondary, at [[Roundhay School|SCHOOL]] in [[Leeds|CITY]], north [[Leeds|CITY]], and I'm also, uh, [[head of year nine|JOB_TITLE]] [[this year|GENERIC_TIME]], which is basically being a social worker with a timetable. I've been teaching since, um, [[twenty twelve|DATE|date_in_words]], I trained at [[Leeds Beckett|SCHOOL]], and before that I was doing, like, temp admin at [[Leeds City Council|ORGANIZATION]] for a couple of years. We're part of a trust, the [[Red Kite Learning Trust|ORGANIZATION]], so a lot of the policy stuff comes from them rather than from the school.

AI: Thanks. What AI tools, if any, do you use in your teaching?

User: So, mostly [[Aila|AI_PRODUCT|person_like_product]], which is the, um, the lesson assistant from [[Oak National Academy|ORGANIZATION]], and then [[ChatGPT|AI_PRODUCT]] on my phone, and the school pushed [[Gemini|AI_PRODUCT]] because we're a [[Google Classroom|SOFTWARE]] school. Um. Funnily enough there's a girl in my form called [[Ayla|PERSON]], spelt differently, [[Ayla Mahmood|PERSON]], and when I said "I'll ask [[Aila|AI_PRODUCT|person_like_product]]" in a lesson she thought I meant her and got really offended, bless her. So now I just say "the robot". Registers and behaviour points are all on [[Arbor|SOFTWARE]], which doesn't have any AI in it as far as I know, it just crashes.

AI: That's a lovely story. Can you give me an example of a task where AI made a real difference?

User: Yeah, so, um, report writing. Last, er, [[last summer|GENERIC_TIME]] I had a hundred and eighty reports to write and I used [[ChatGPT|AI_PRODUCT]] to turn my bullet points into, you know, proper sentences. But I had to be really careful, because one of them it wrote "[[Kai|PERSON]] is a pleasure to teach" and [[Kai Brennan|PERSON]] is, um, not a pleasure to teach, he set fire to a bin in [[March|GENERIC_TIME]]. So I had to rewrite his. And I never put their surnames in, I just put initials, because the trust data protection lady, um, [[Shivonne O'Connor|PERSON|misheard_name]], she was very clear in the training that no pupil names go in. Although I've just said some to you, so.

AI: Understood, and we'll treat that carefully. What concerns do you have about AI in schools?

User: Coursework, obviously. The GCSE history coursework, we had two that were, um, pretty obviously written by a chatbot, they used the word "tapestry" about the Cold War. Um, and the exam board, [[AQA|ORGANIZATION]], they've got guidance but it's quite vague. My [[head of department|JOB_TITLE]], Mr... sorry, Mr [[Whitaker|PERSON]], [[Gareth Whitaker|PERSON]], he wants to go back to handwritten everything, which, I mean, I get it, but we've got kids with access arrangements who type. And then there's [[Ofsted|ORGANIZATION]], nobody knows what [[Ofsted|ORGANIZATION]] thinks about it yet.

AI: You mentioned Mr [[Whitaker|PERSON]]. How do staff at your school generally feel?

User: Split, really. [[The younger ones|GENERIC_ROLE]] love it. [[Joy|PERSON|name_is_word]] in English... no, sorry, [[Joy Adeyemi|PERSON]] in the English department, she's like, um, evangelical about it, she runs a CPD session on it. And [[the older staff|GENERIC_ROLE]], like, they're not against it, they're just tired. I'm [[thirty-eight|AGE|age_in_words]] so I'm sort of in the middle. [[Thirty-eight|AGE]]. Um. My mum's from [[Nigeria|COUNTRY]] and she keeps sending me [[WhatsApp|SOFTWARE]] videos of, like, AI teachers in [[China|COUNTRY]] and asking if I'm going to be replaced, which is, um, not helpful at half ten at night.

AI: That sounds like a familiar worry. Is there anything else you'd want us to know, and is it alright to contact you for follow-up?

User: Yeah, that's fine. It's, um, [[d dot okafor at roundhay dot leeds dot sch dot uk|OBF_EMAIL|spelled_at_dot]], that's my work one, or, um, you've got my personal one from the sign-up form. I'm [[Dami|PERSON|nickname]], well, [[Damilola Okafor|PERSON]] on paper. And if you need to verify I'm a teacher, my TRN is [[one eight four two two nine one|NATIONAL_ID|spoken_digits]], I think they asked for that in the screener. I live in [[Chapel Allerton|CITY]] if that matters for, like, your regional stuff.""")

# 3. India - senior analyst (supply chain analytics), Bengaluru - typed chat, second-language English
T.append("""AI: Hello and welcome. To begin, could you tell me about your current role and what your work involves day to day?

User: hi. myself [[Karthik Subramanian|PERSON]], working as [[Senior Analyst|JOB_TITLE]] in [[Flipkart|ORGANIZATION]], supply chain analytics team, [[Bengaluru|CITY]] office. joined in [[Aug 2021|DATE]] after 3 years in [[Mu Sigma|ORGANIZATION]]. before that did my BE from [[PSG Tech|SCHOOL]] [[Coimbatore|CITY]], passed out [[2018|DATE]]. daily i am doing sql queries, [[Power BI|SOFTWARE]] dashboards, weekly review call with category team. my TL is [[Rohit|PERSON]] sir, very good person but too many meetings he is keeping

AI: Thanks, [[Karthik|PERSON]]. Which AI tools do you use in this work, if any?

User: mostly [[ChatGPT|AI_PRODUCT]], company is not allowing officially so i use personal account on mobile only (pls dont tell lol). company has internal chatbot built on [[Gemini|AI_PRODUCT]], they named it "[[Vidya|AI_PRODUCT|person_like_product]]" which is also name of my teammate [[Vidya Ramesh|PERSON]], so everybody is teasing her, "[[vidya|PERSON|lowercase_name]] please give me the forecast" like that. in [[Excel|SOFTWARE]] i use [[Copilot|AI_PRODUCT]] sometimes. for sql mostly i ask [[gpt|AI_PRODUCT]] to write window functions, i always forget syntax of LAG LEAD

AI: Could you walk me through a particular task where AI helped or got in the way?

User: ok one example. before [[Big Billion Days|GENERIC_TIME]] sale we had to forecast inbound volume for [[Bhiwandi|CITY]] and [[Kolkata|CITY]] warehouses. i gave sample data to [[gpt|AI_PRODUCT]] but masked the pincodes and seller names. it suggested one seasonality approach which was good, but then it invented a column called "festive_index" which we dont have, i wasted half day thinking somebody deleted it from the table. [[my manager|GENERIC_ROLE]] was laughing. now i double check everything, trust but verify as they say

AI: That's a useful lesson. What worries you, if anything, about AI at work?

User: jobs mainly. [[freshers|GENERIC_ROLE]] are getting less work because simple dashboards [[gpt|AI_PRODUCT]] can do. my cousin [[Aishwarya|PERSON]] is doing MBA in [[IIM Kozhikode|SCHOOL]] and she says placements are tough [[this year|GENERIC_TIME]]. my father retired from [[BHEL|ORGANIZATION]] in [[Trichy|CITY]], he keeps asking will i lose job. also privacy one, once i accidentally pasted my PAN [[BKRPS4417M|NATIONAL_ID]] into [[chatgpt|AI_PRODUCT]] while asking help for ITR filing, only after i saw it sitting there in the chat. and our employee id [[FK208841|NATIONAL_ID|employee_number]] is in every file name we export, so i have to rename before uploading anything

AI: Thank you for being so open. How does AI show up outside of work for you?

User: i am [[27|AGE]], staying in [[HSR Layout|CITY]] with 2 roommates, my native is [[Madurai|CITY]]. my amma [[Lakshmi|PERSON]] uses [[gemini|AI_PRODUCT]] in tamil for recipes and for sending good morning msgs lol. she thinks [[Sundar Pichai|PUBLIC_FIGURE]] made [[gemini|AI_PRODUCT]] himself because he is also from [[Madurai|CITY]], very proud. for [[Diwali|GENERIC_TIME]] i made her a video with AI voice of my grandfather, she cried, not sure it was good idea

AI: That sounds like a moving moment. Would you be open to a follow-up conversation, and if so how can we reach you?

User: yes ok. mail is [[karthik.subbu95@gmail.com|EMAIL_ADDRESS]], whatsapp [[98451 two two seven three zero|OBF_PHONE|mixed_digits_words]]. linkedin also [[linkedin.com/in/karthik-subramanian-analyst|URL]]. evening after 8 is better, day time [[rohit|PERSON]] sir will catch me on chat""")

# 4. Canada - registered nurse, Winnipeg - speech-to-text
T.append("""AI: Hi, thanks for joining us today. Could you start by describing your job and where you work?

User: Okay, um, so I'm a [[registered nurse|JOB_TITLE]], I work on a, uh, medicine unit at [[Health Sciences Centre|ORGANIZATION]] in [[Winnipeg|CITY]], so [[HSC|ORGANIZATION]], and I've been there since, um, [[two thousand nine|DATE|date_in_words]], pretty much right out of [[Red River College|SCHOOL]]. Before that I did a, um, a [[summer|GENERIC_TIME]] as a [[health care aide|JOB_TITLE]] at [[Deer Lodge Centre|ORGANIZATION]]. Twelve-hour shifts, days and nights, um, rotating, and usually five or six [[patients|GENERIC_ROLE]] on a day shift, more on nights.

AI: What role does AI play in your work, if any?

User: Honestly not a huge one on the unit itself. We're on [[Epic|SOFTWARE|product_is_word]] now and there's, like, some predictive stuff in there, a deterioration score, but nobody really trusts it. [[The doctors|GENERIC_ROLE]] use [[Dragon|SOFTWARE]] for dictating. For me it's more at home, I use [[ChatGPT|AI_PRODUCT]] to, um, study, and to write things in plain language. And my daughter [[Hope|PERSON|name_is_word]] talks to [[Alexa|AI_PRODUCT|person_like_product]] more than she talks to me. She's [[eleven|AGE|age_in_words]], so.

AI: Can you tell me about a specific situation where you used it?

User: Yeah, so, um, we had a gentleman, Mr. [[Desjarlais|PERSON]], he was [[eighty-four|AGE|age_in_words]], came in on [[March twenty-second|DATE|date_in_words]] with heart failure, and his daughter [[Charlene|PERSON]] was really struggling with the med changes, like the diuretics and the potassium. So at home I asked [[ChatGPT|AI_PRODUCT]] to, like, explain it at a grade six level, and I took out his name and everything, and then I printed it and went over it with her. Um. It was good, honestly. Although, funny thing, the same week we had a mix-up because his PHIN got entered on another patient's chart, I remember it because I had to read it out to pharmacy like four times, [[one one two, four zero eight, seven seven three|NATIONAL_ID|spoken_digits]]. Sorry, I probably shouldn't say that.

AI: We'll handle that carefully. How did Mr. [[Desjarlais|PERSON]]'s daughter respond to the explanation?

User: She was relieved, I think. She said nobody had explained it to her like a person. Um, but then [[my manager|GENERIC_ROLE]], well, our [[clinical resource nurse|JOB_TITLE]], [[Brenda Kowal|PERSON]], she said to be careful, because if it's not an approved patient education handout then technically, um, it's not approved. And [[Precious Nwosu|PERSON|name_is_word]], she's one of [[the other nurses|GENERIC_ROLE]] on nights, she said the [[Manitoba Nurses Union|ORGANIZATION]] is, um, worried about AI charting, like ambient charting, because then they'll say "oh you have more time, take seven [[patients|GENERIC_ROLE]]". The [[MNU|ORGANIZATION]] has a survey out about it.

AI: What worries you most about where this is going?

User: Um, I mean, accountability. If it writes my note and it's wrong, it's my licence, not the computer's. My, uh, registration with the [[College of Registered Nurses of Manitoba|ORGANIZATION]] is [[one five zero, eight eight two|NATIONAL_ID|spoken_digits]], and I've worked really hard for that number, you know? I'm [[forty-three|AGE|age_in_words]], I've got, like, twenty more years, and I don't want to spend them checking a robot's homework. Also my husband [[Dean|PERSON]] works for [[Manitoba Hydro|ORGANIZATION]] and they're doing the same thing to him with, um, [[Copilot|AI_PRODUCT]].

AI: Thank you. Would you be willing to be contacted for a follow-up, and if so, how?

User: Sure, yeah. Um, my cell is [[two oh four, four five two, eight one oh six|OBF_PHONE|spoken_digits]], or email, it's [[tanya dot beaulieu at my m t s dot net|OBF_EMAIL|spelled_at_dot]]. I'm [[Tanya Bowlieu|PERSON|misheard_name]], uh, that's [[B-E-A-U-L-I-E-U|PERSON|spelled_letters]]. We're in [[St. Vital|CITY]], near the, um, the mall, if that helps.""")

# 5. Australia - marketing manager, Brisbane - typed chat
T.append("""AI: Hi there, thanks for taking the time. Could you tell me about your role and the kind of work you do?

User: hey! sure. im the [[marketing manager|JOB_TITLE]] at [[Hatch & Rowe|ORGANIZATION|org_like_name]], small creative agency in [[Fortitude Valley|CITY]], [[Brisbane|CITY]]. team of 9. been there since [[2020|DATE]], before that i was in-house at [[Queensland Rail|ORGANIZATION]] doing comms which was... a lot. our [[clients|GENERIC_ROLE]] are mostly hospitality and a couple of breweries, biggest one right now is [[Balter|ORGANIZATION|org_like_name]] on the [[gold coast|CITY]]. i also run a little side hustle doing socials for cafes

AI: What AI tools are part of your workflow?

User: heaps lol. [[ChatGPT|AI_PRODUCT]] for first drafts, [[Jasper|AI_PRODUCT|person_like_product]] we had a licence for but cancelled it, [[Midjourney|AI_PRODUCT]] for moodboards, and [[Canva|SOFTWARE]] has the magic stuff built in now. [[HubSpot|SOFTWARE]] for the CRM side. funnily enough our junior designer is called [[jasper|PERSON|lowercase_name]] too, [[jasper Whitlock|PERSON|lowercase_name]], and when we cancelled the subscription someone put "RIP [[jasper|AI_PRODUCT|ambiguous_reference]]" in the group chat and his mum saw it over his shoulder and freaked out

AI: Ha, I can imagine. Could you give me a recent example of AI helping or not helping?

User: yep so for a brewery campaign in [[October|GENERIC_TIME]] i used [[chatgpt|AI_PRODUCT]] to write 40 variations of a tagline and it was fine, generic but fine. then [[midjourney|AI_PRODUCT]] made this amazing can mockup but the hand holding it had 6 fingers and nobody noticed until [[Rebecca Tran|PERSON]], our [[creative director|JOB_TITLE]], spotted it in the final review. [[Bec|PERSON|nickname]] was not impressed. the client would have noticed for sure, beer drinkers notice fingers apparently

AI: How do you feel about the way AI is changing marketing work?

User: mixed. it's made me faster but [[clients|GENERIC_ROLE]] now expect 3x output for the same fee. also [[the copywriters|GENERIC_ROLE]] are scared, we had a freelancer [[Mia|PERSON]] who basically lost half her work [[this year|GENERIC_TIME]]. [[Melanie Perkins|PUBLIC_FIGURE]] keeps saying [[canva|SOFTWARE]] is about empowering people but i dont think she means the people whose jobs disappear lol. for my side business i invoice under my ABN [[51 824 753 556|NATIONAL_ID|id_like_phone]] and [[chatgpt|AI_PRODUCT]] helped me set up the invoice template which honestly saved me a [[weekend|GENERIC_TIME]]

AI: That's a really interesting tension. Is there anything else you'd like to share, and is it ok to contact you later?

User: yeah all good. im [[Sophie Lachlan|PERSON|name_like_place]], [[34|AGE]], [[QUT|SCHOOL]] grad, live in [[Paddington|CITY]] with my partner and a very loud cat. mobile [[0412 558 903|PHONE_NUMBER|local_format]] or insta [[@saltandsignal.co|SOCIAL_HANDLE]] which is the side business one, i check that more than email tbh""")

# 6. Ireland - associate solicitor (probate and conveyancing), Cork - speech-to-text
T.append("""AI: Hello, and thanks for making the time. Could you tell me what you do and where?

User: Grand, yeah. So I'm an [[associate solicitor|JOB_TITLE]] with [[Ronan Daly Jermyn|ORGANIZATION|org_like_name]], in the [[Cork|CITY]] office, mostly private client work, so wills, probate, a bit of conveyancing. I qualified in, um, [[twenty fifteen|DATE|date_in_words]], did my law degree in [[UCC|SCHOOL]] and then the, the professional course up in [[Blackhall Place|SCHOOL|school_like_address]]. Before that I spent a year in [[Boston|CITY]] on a J1 waitressing, which taught me more about people than law school did, to be honest.

AI: Which AI tools come into your work, if any?

User: So the firm brought in [[Harvey|AI_PRODUCT|person_like_product]] about a year ago, for the commercial side mainly, and we have [[Copilot|AI_PRODUCT]] in [[Outlook|SOFTWARE]] and [[Word|SOFTWARE|product_is_word]]. Our case management is [[Clio|SOFTWARE|person_like_product]]. Um, I'll be honest, half the office thought [[Harvey|AI_PRODUCT|person_like_product]] was a new trainee the first week, there was an email going round saying "please give [[Harvey|AI_PRODUCT|person_like_product]] access to the precedents folder", and [[Donal|PERSON]], our [[managing partner|JOB_TITLE]], replied "who is [[Harvey|AI_PRODUCT|person_like_product]]". So that was a good start.

AI: That's a great story. Can you walk me through a specific piece of work where you used it?

User: Yeah, so, a probate file, um, the late Mr [[Con Murphy|PERSON|nickname]] out in [[Ballincollig|CITY]], lovely old man, died on the [[third of May twenty twenty-three|DATE|date_in_words]], and his, um, his will was handwritten, a codicil on the back of a, like, a [[Lidl|ORGANIZATION]] receipt basically. His sister [[Máire|PERSON]], she's [[ninety-one|AGE|age_in_words]], she's the executor, and I used [[Copilot|AI_PRODUCT]] to draft the, the summary letter to the beneficiaries in plain English, because the usual letters are impenetrable. And it was good, but it put in the address of the property as, um, "[[14 Model Farm Road|ADDRESS]]", which was right, but it got it from a different document I'd had open, so I got a fright about what else it's reading.

AI: That sounds unsettling. What concerns do you have about AI in legal practice more generally?

User: Confidentiality is the big one. The [[Law Society|ORGANIZATION]] has put out guidance, and [[Europe|CONTINENT]] has the AI Act, but in practice it's, like, associates like me deciding at half six in the evening whether to paste something in. And accuracy. [[A colleague|GENERIC_ROLE]] in [[Dublin|CITY]], [[Fiachra|PERSON]], no sorry, it's [[Fiachra Breen|PERSON]], he had a thing where the tool cited a case that didn't exist, thankfully he caught it. Everyone's heard about that American lawyer. And I suppose [[the trainees|GENERIC_ROLE]], they learn by doing the boring drafting, and if the tool does it, how do they learn?

AI: You mentioned [[the trainees|GENERIC_ROLE]]. Do you supervise any yourself?

User: I do, two. [[Ciara|PERSON]] and [[Tadhg|PERSON]], uh, the transcription will probably make a mess of that, it's T-A-D-H-G. Um. I make them do the first draft by hand. I'm [[thirty-six|AGE|age_in_words]], I'm not that old, but I sound like my own [[master|GENERIC_ROLE]] when I say it. And, sorry, if you need to reach me, it's [[oh eight seven, two two one, four nine six oh|OBF_PHONE|spoken_digits]], and I'm [[Eefa Nee Vreen|PERSON|misheard_name]], which is [[Aoife Ní Bhriain|PERSON]] if you're spelling it properly. I'm out in [[Douglas|CITY|place_like_name]], so the office is only ten minutes, traffic permitting.""")

# 7. New Zealand - senior product designer, Wellington - typed chat (light on identifiers)
T.append("""AI: Kia ora, and thanks for joining. Could you describe your role and the kind of work you do?

User: kia ora! im a [[senior product designer|JOB_TITLE]] at [[Xero|ORGANIZATION|org_like_product]], working on the payroll side of the product. so lots of flows, forms, error states, the unglamorous stuff. based in [[Wellington|CITY]] but we work a lot with the team in [[Melbourne|CITY]] and some folks in the [[US|COUNTRY]]

AI: What AI tools do you use as part of your design work?

User: [[Figma|SOFTWARE]] obviously, and the AI features in it are ok for renaming layers which is honestly the best use of AI ever invented lol. [[Claude|AI_PRODUCT]] for writing microcopy options and for sanity checking research synthesis. [[Dovetail|SOFTWARE]] does auto-tagging of interview transcripts, kind of like what youre probably doing with this one haha. [[Miro|SOFTWARE]] for workshops. i tried [[v0|AI_PRODUCT]] for prototyping but our design system is too specific

AI: Could you describe a moment where AI changed how you approached a problem?

User: we were redesigning the leave request flow, and i asked [[claude|AI_PRODUCT]] to list every edge case it could think of for someone taking parental leave in [[nz|COUNTRY|lowercase]] vs [[Australia|COUNTRY]]. it came up with like 30, maybe 20 were real, a few i hadnt thought of. [[my lead|GENERIC_ROLE]] was impressed but then [[the researchers|GENERIC_ROLE]] pointed out it missed stuff that actually comes up in support tickets, like people with two part time jobs. so its a good brainstorming partner but it doesnt know our users

AI: Are there things about AI in design that concern you?

User: craft, mostly. junior designers skipping the thinking part. and everyone becoming the same, all the AI generated UIs look identical. my partner is a musician and is much more worried than me, the whole thing with training on peoples work without asking. someone at a meetup quoted [[Jacinda Ardern|PUBLIC_FIGURE]] about kindness in tech and i was like, ok but whos being kind to the illustrators

AI: Thank you. Is there anything else you'd like to share before we wrap up?

User: not really, just that it feels like the tools change every [[Matariki|GENERIC_TIME]] lol. you can call me [[Ngaio|PERSON|name_like_place]] in the writeup, thats my actual name but its common enough here, theres a suburb called that too""")

# 8. South Africa - pharmaceutical sales representative, Durban - speech-to-text
T.append("""AI: Good afternoon, and thank you for taking part. Could you tell me about your work?

User: Yes, good afternoon. So my name is [[Sipho Mkhize|PERSON]], I'm a [[medical representative|JOB_TITLE]], pharma sales, for [[Aspen Pharmacare|ORGANIZATION|org_like_name]], I cover the, uh, the north coast territory, so [[Umhlanga|CITY]], [[Ballito|CITY]], up to [[Stanger|CITY]] sometimes, and then [[Pinetown|CITY]] on [[Thursdays|GENERIC_TIME]]. I started with them on the, um, [[first of March twenty eighteen|DATE|date_in_words]], before that I was at [[Adcock Ingram|ORGANIZATION|org_like_name]] for three years. I studied, um, biomedical technology at [[DUT|SCHOOL]], the [[Durban University of Technology|SCHOOL]].

AI: Thank you, [[Sipho|PERSON]]. What does AI do for you in that job?

User: Ja, so the main thing is [[Salesforce|SOFTWARE]], we have the [[Einstein|AI_PRODUCT|person_like_product]] thing in there, it tells me which [[doctors|GENERIC_ROLE]] to visit, like it gives me a, a priority list every [[Monday|GENERIC_TIME]]. Some weeks it's clever, some weeks it tells me to visit a doctor who retired. Then [[ChatGPT|AI_PRODUCT]] I use for my call notes, I speak them into my phone in the car and it cleans them up. And [[WhatsApp|SOFTWARE]], the [[Meta AI|AI_PRODUCT]] in [[WhatsApp|SOFTWARE]], my kids use that, not me.

AI: Could you give me an example of how that works on a typical day?

User: Okay, so, um, let's say I see Dr [[Naidoo|PERSON]] in [[Umhlanga|CITY]], at the, the rooms at [[Gateway Medical Centre|ORGANIZATION]], and she tells me her diabetic [[patients|GENERIC_ROLE]] can't afford the new product. I voice-note that in the car, in English and a bit of Zulu mixed in, and [[ChatGPT|AI_PRODUCT]] sorts it out. But the problem, it changes names. I said Dr [[Pillay|PERSON]] and it wrote "Dr [[Pillow|PERSON|misheard_name]]", ha. And one time it wrote her cell number in the note, [[zero eight two, four one seven, three three nine zero|OBF_PHONE|spoken_digits]], because I said it out loud when I was saving it, and then that went into [[Salesforce|SOFTWARE]]. [[My manager|GENERIC_ROLE]] [[Thandeka|PERSON]] was not happy, she said that's POPIA, we can't just store [[doctors|GENERIC_ROLE]]' personal numbers like that.

AI: You mentioned [[Thandeka|PERSON]] raised POPIA. How does your company handle data and AI?

User: They have a policy, it's forty pages, nobody has read it, ha. We did training online, on the [[Aspen|ORGANIZATION|org_like_name]] portal, and you log in with your ID number, your actual ID, [[eight eight zero four one two five six seven eight zero eight three|NATIONAL_ID|spoken_digits]], which I always thought is strange for a company to use. [[My colleague|GENERIC_ROLE]] [[Lucky Zulu|PERSON|name_is_word]], he sits in the [[Johannesburg|CITY]] office, he says it's because the, um, the HR system is from two thousand and something and nobody wants to fix it. And the company car, the tracker reports go to head office with the reg number, [[ND 456-892|NATIONAL_ID|vehicle_registration]], so they know every time I stop for a pie.

AI: That's quite a lot of tracking. How do you feel about AI overall in your work?

User: I think it's good for admin, I hate admin. But the relationship with the doctor, that is the job, you can't automate that. [[Gift|PERSON|name_is_word]], he's my neighbour in [[Westville|CITY]], he works for a bank and he says they already replaced half the call centre in [[Cape Town|CITY]] with bots. So I worry for my daughter [[Nomvula|PERSON]], she's [[nine|AGE|age_in_words]], what jobs will be there. I'm [[thirty-seven|AGE|age_in_words]], I'll be fine, I think. We watch [[Trevor Noah|PUBLIC_FIGURE]] on [[YouTube|SOFTWARE]] together and he makes jokes about AI and she asks me if it's true.

AI: Thank you so much for sharing all of this. Is there anything you'd like to add before we finish?

User: Just, um, that [[Africa|CONTINENT]] must not be left behind, you know, the tools must work in our languages. My mother speaks only Zulu and isiXhosa, and the AI is still very weak there. That's all. If you need me again, my email is [[sipho dot mkhize at gmail dot com|OBF_EMAIL|spelled_at_dot]].""")

# 9. United States - freelance copywriter and ghostwriter, Portland - typed chat (light on identifiers)
T.append("""AI: Hi, thanks for participating. Could you tell me about your work?

User: hi!! im a freelance copywriter, and i also ghostwrite. mostly b2b stuff, linkedin posts for founders, website copy, the occasional wedding speech when someone is desperate. been freelancing since [[2014|DATE]] after getting laid off from an agency. based in [[portland|CITY|lowercase]], the oregon one not the maine one

AI: How does AI fit into your writing work?

User: complicated lol. i use [[claude|AI_PRODUCT]] as like a sparring partner, i paste my draft and ask it to argue with me. [[grammarly|AI_PRODUCT]] for typos. i tried [[sudowrite|AI_PRODUCT]] for fiction for a bit. i do NOT let it write the final thing because [[my clients|GENERIC_ROLE]] are paying for my voice. or, some of them are. some of them clearly just want content and would take [[chatgpt|AI_PRODUCT]] output if it was cheaper

AI: Could you share an example of a project where that played out?

User: yeah so [[last year|GENERIC_TIME]] a fintech startup in [[sf|CITY|lowercase]] hired me for their blog and after 2 months the founder sent me a slack msg like "hey we're going to try doing this in house with AI, thanks for everything". in house = [[the marketing intern|GENERIC_ROLE]] with [[chatgpt|AI_PRODUCT]]. their traffic dropped by like half by [[spring|GENERIC_TIME]] and they came back lol. i charged more the second time. petty but fair

AI: What are your biggest concerns?

User: rates going down, and the slop. everything online reads the same now. i read [[Ted Chiang|PUBLIC_FIGURE]]'s essay about AI being a blurry jpeg of the web and i think about it like once a week. also the ghostwriting ethics are getting weird, like im already writing in someone elses name, and now people ask me to "just polish what the AI wrote", so whos the author? [[an editor|GENERIC_ROLE]] i used to work with says its turtles all the way down

AI: Thanks for sharing that. Anything else you want to mention before we finish?

User: only that i started a [[substack|SOFTWARE|lowercase]] about it, its called the human draft, very small lol. handle is [[@thehumandraft|SOCIAL_HANDLE]] if anyone wants to read me complain. thats it, thanks for asking actual humans about this""")

# 10. United States - HR generalist, Columbus, Ohio - speech-to-text
T.append("""AI: Hello, and thank you for joining. Could you start by telling me about your job?

User: Sure, hi. So I'm an [[HR generalist|JOB_TITLE]] at [[Nationwide|ORGANIZATION|org_is_word]], the insurance company, here in [[Columbus|CITY]]. I've been in HR since, oh gosh, [[nineteen ninety-seven|DATE|date_in_words]], I started as a [[receptionist|JOB_TITLE]] at [[Wendy's|ORGANIZATION|org_like_name]] corporate out in [[Dublin|CITY|city_like_country_capital]], and I kind of fell into HR from there. I did my degree at night at [[Franklin University|SCHOOL]]. My day is, um, a lot of employee questions, leave of absence paperwork, some investigations, some onboarding.

AI: Which AI tools do you use in your role?

User: We're on [[Workday|SOFTWARE|product_is_word]], which has, um, some AI pieces now, like it suggests job descriptions. We've got [[Copilot|AI_PRODUCT]] in [[Teams|SOFTWARE]] that summarizes meetings, which is kind of scary in HR, because, you know, investigation meetings. And recruiting uses [[HireVue|AI_PRODUCT]] for the video interviews, which I have feelings about. Personally I use [[ChatGPT|AI_PRODUCT]] for wording things nicely. I'm not a writer.

AI: Could you give me an example of one of those tasks?

User: Yeah, so, um, there was a, a leave situation, an associate, [[Darnell Hayes|PERSON]], his wife had twins early, and he needed FMLA plus our paid parental leave, and the letters we have are so cold. So I used [[ChatGPT|AI_PRODUCT]] to make it warmer, and I took his name out and everything. But then the [[Copilot|AI_PRODUCT]] thing in [[Teams|SOFTWARE]], I had a call with [[his supervisor|GENERIC_ROLE]], [[Wendy Albrecht|PERSON|name_like_org]], and it summarized the whole call including, um, the babies' birth dates and the NICU stuff, and that summary was just sitting there in the chat. And I had to ask IT to delete it. [[Wendy|PERSON]] felt terrible, she didn't even know it was on.

AI: That sounds like a difficult situation. What are your main concerns about AI in HR?

User: Bias, in hiring. The video interview scores, I've seen [[candidates|GENERIC_ROLE]] I would have hired get, um, low scores, and nobody can explain why. And privacy, I mean, HR has everything, Social Security numbers, medical stuff. Even mine, when I reset my password they asked for the last four of my Social, [[six one one eight|NATIONAL_ID|partial_id]], and my employee ID, [[N as in Nancy, four four zero two nine one|NATIONAL_ID|spoken_digits]], over the phone, and I thought, well, if I wanted to impersonate me it wouldn't be hard. I'm [[fifty-two|AGE|age_in_words]], I've seen a lot of systems come and go.

AI: Thank you. How do you feel about AI more personally, outside of work?

User: Oh, my grandson [[Jayden|PERSON]] does all his homework with it, he's at [[Upper Arlington High|SCHOOL]], and my daughter [[Keisha|PERSON]] says I should let it plan our [[Thanksgiving|GENERIC_TIME]]. Ha. We actually moved [[last year|GENERIC_TIME]] to, um, [[2281 Brixton Road|ADDRESS]], in [[Grandview Heights|CITY]], and I had to update my address in [[Workday|SOFTWARE|product_is_word]], and it auto-suggested the wrong zip code, so even the robots don't know where [[Grandview|CITY]] is.

AI: Thank you for sharing all of this. Would you be open to a follow-up conversation?

User: Sure, that's fine. My name's [[LaTonya Greer|PERSON]], um, that's capital L, capital T, and my cell is [[six one four, five five oh, two seven eight three|OBF_PHONE|spoken_digits]]. Best after five, I don't want to do this on the work line.""")

# 11. United Kingdom - specialist hospital pharmacist, Manchester - typed chat
T.append("""AI: Hello, thanks for joining. Could you tell me about your job and where you work?

User: hiya. im a [[specialist pharmacist in acute medicine|JOB_TITLE]] at [[Manchester Royal Infirmary|ORGANIZATION]], so part of [[MFT|ORGANIZATION]] ([[Manchester University NHS Foundation Trust|ORGANIZATION]] if ur being formal). band 7, been there since [[Sept 2021|DATE]]. before that 2 yrs at [[Boots|ORGANIZATION|org_is_word]] in [[Stockport|CITY]] which was a very different life lol. did my MPharm at [[Bath|SCHOOL|school_like_city]], pre-reg year at [[Wythenshawe Hospital|ORGANIZATION]]

AI: What does a typical day look like, and where does AI come in?

User: ward round in the morning w [[the medics|GENERIC_ROLE]], reconciling meds for new admissions, checking interactions, chasing GPs for repeat lists. AI wise, honestly not much officially. we have [[Copilot|AI_PRODUCT]] in [[Microsoft Teams|SOFTWARE]] now, and the EPMA system is [[HIVE|SOFTWARE]] which is actually [[Epic|SOFTWARE]] underneath. i use [[ChatGPT|AI_PRODUCT]] on my own phone to help me write up teaching sessions for the [[foundation pharmacists|GENERIC_ROLE]]. never patient stuff. well. almost never

AI: You said almost never. Could you tell me more about that?

User: ok so this is a bit embarrassing. there was a patient, older lady, [[87|AGE]], on like 14 meds, and i wanted a quick sanity check on a weird interaction so i typed it into [[chatgpt|AI_PRODUCT]]. i didnt put her name but i did paste a bit of the discharge letter and it had her NHS number at the top, [[485 777 3456|NATIONAL_ID|id_like_phone]]. realised straight after and deleted the chat. told [[my line manager|GENERIC_ROLE]] Dr [[Okonkwo|PERSON]], well [[Emeka|PERSON]], hes a [[consultant pharmacist|JOB_TITLE]], and he was decent about it but it had to go on [[Datix|SOFTWARE]]. i was mortified

AI: Thank you for being candid. How did the team respond?

User: they turned it into a teaching thing, which was kind. [[Hannah Greaves|PERSON]] from IG did a session and used my case anonymised (everyone knew it was me lol). the trust now says use [[Copilot|AI_PRODUCT]] because its inside the tenancy and not [[chatgpt|AI_PRODUCT]]. fair enough. the irony is [[Wes Streeting|PUBLIC_FIGURE]] keeps talking about AI fixing the NHS and we cant even get the printer on ward 10 working

AI: What worries you most about AI in pharmacy?

User: deskilling, and the liability. if an AI flags an interaction and i override it and im wrong, its my [[GPhC|ORGANIZATION]] registration on the line, [[2087714|NATIONAL_ID|professional_registration]], not the AI's. also [[patients|GENERIC_ROLE]] are using it. had a man on the ward, Mr [[Bell|PERSON|name_is_word]], who'd asked [[chatgpt|AI_PRODUCT]] about his warfarin and it told him grapefruit was fine. it is not fine

AI: Thanks so much. Before we close, is there anything else you'd like to add, and can we contact you again?

User: yeah course. im [[Rukhsana Aziz|PERSON]], most ppl call me [[Ruksy|PERSON|nickname]], [[29|AGE]], live in [[Didsbury|CITY]] w my sister. work email is [[rukhsana.aziz2@nhs.net|EMAIL_ADDRESS]] but personal is better, [[ruksy.aziz@outlook.com|EMAIL_ADDRESS]]. my mum keeps telling Auntie [[Nasreen|PERSON]] that im "the AI pharmacist" now which is so far from the truth""")

# 12. India - talent acquisition lead, Pune - speech-to-text
T.append("""AI: Hello, thank you for joining this conversation. Could you tell me about yourself and your work?

User: Hi, yes, hello. So I am [[Pooja Desh Mook|PERSON|misheard_name]], uh, [[Deshmukh|PERSON]], [[D-E-S-H-M-U-K-H|PERSON|spelled_letters]], and I am working as a [[talent acquisition lead|JOB_TITLE]] at [[Persistent Systems|ORGANIZATION|org_is_word]] in [[Pune|CITY]], in the [[Hinjewadi|CITY]] campus. I joined [[Persistent|ORGANIZATION|org_is_word]] in, uh, [[twenty seventeen|DATE|date_in_words]], before that I was with a consultancy, [[ABC Consultants|ORGANIZATION]], for two years in [[Nagpur|CITY]]. I did my MBA in HR from [[Symbiosis|SCHOOL]], [[SIBM|SCHOOL]].

AI: Thanks, [[Pooja|PERSON]]. What does your day involve, and where does AI fit?

User: So mostly it is, uh, sourcing for niche roles, like, uh, SAP consultants, cloud architects, and coordinating interviews with the [[hiring managers|GENERIC_ROLE]]. Volume is very high. For AI, we have, uh, [[Naukri|SOFTWARE]] has its own AI matching now, and [[LinkedIn Recruiter|SOFTWARE]] also, and for writing job descriptions and boolean strings I use [[ChatGPT|AI_PRODUCT]]. Company has also given us one, uh, internal tool, they call it [[SashaBot|AI_PRODUCT|person_like_product]], for screening resumes. Our ATS is [[Darwinbox|SOFTWARE]].

AI: Could you walk me through an example of using one of those tools?

User: Yes, so, uh, last quarter we had to hire forty, four-zero, Java developers in six weeks, for one banking client. I used [[ChatGPT|AI_PRODUCT]] to make the screening questions, and [[SashaBot|AI_PRODUCT|person_like_product]] shortlisted from around two thousand resumes. But it rejected one candidate, [[Rahul Kulkarni|PERSON]], just because he had a career gap, he was caring for his mother. My manager [[Sunita|PERSON]] ma'am, [[Sunita Rao|PERSON]], she personally knew him from before and she said no no, call him. He cleared all rounds and now he is a, uh, [[tech lead|JOB_TITLE]]. So after that I check the rejected pile also, at least the top of it.

AI: That's a powerful example. What concerns do you have about AI in recruitment?

User: Many, many. First is fake candidates, uh, people using AI in interviews, reading answers from the screen, even sometimes proxy interviews. Second is data. For background verification candidates send us Aadhaar and PAN on email, on WhatsApp also, and sometimes my team pastes that document text into [[ChatGPT|AI_PRODUCT]] to extract details. I told them stop. One candidate's Aadhaar, [[four four two one, eight eight seven six, zero nine one three|NATIONAL_ID|spoken_digits]], I found it in a shared chat, I was so angry. And the DPDP Act rules are coming now, so.

AI: You mentioned your team. How many people do you lead, and how do they feel about these tools?

User: Four [[recruiters|GENERIC_ROLE]]. [[Sneha|PERSON]] and [[Tanvi|PERSON]] are very comfortable, they are, uh, twenty-four, twenty-five, young. Mr. [[Joshi|PERSON]], uh, he is senior, [[Prakash Joshi|PERSON]], he doesn't trust it. Everybody quotes [[Narayana Murthy|PUBLIC_FIGURE]] saying seventy-hour work week, and now with AI, [[management|GENERIC_ROLE]] thinks we can do seventy-hour work in forty. I am [[twenty-nine|AGE|age_in_words]], my husband [[Aniket|PERSON]] is in [[Infosys|ORGANIZATION]], he says same thing there.

AI: Thank you, [[Pooja|PERSON]]. Would you be available for a follow-up, and how should we contact you?

User: Yes, sure. My number is [[plus nine one, seven zero two zero nine, four four eight one seven|OBF_PHONE|spoken_digits]], and email is, uh, [[pooja dot deshmukh dot hr at gmail dot com|OBF_EMAIL|spelled_at_dot]]. I stay in [[Kothrud|CITY]], so evening after eight is ok, before that traffic, you know, [[Pune|CITY]] traffic.""")

# 13. Germany - postdoctoral researcher (computational biology), Munich - typed chat, second-language English
T.append("""AI: Hello, and thank you for taking part. Could you describe your current position and research?

User: Hello! I am [[postdoctoral researcher|JOB_TITLE]] in computational biology, at [[Helmholtz Munich|ORGANIZATION]], with a joint affiliation to [[TUM|SCHOOL]]. since [[October 2022|DATE]]. before I did my PhD in [[Heidelberg|CITY]], at the [[DKFZ|ORGANIZATION]], finished [[2021|DATE]]. my work is single cell data, lot of code, lot of waiting for the cluster. my group leader is Prof. [[Hartmann|PERSON]], she is very nice but very busy

AI: What AI tools do you use in your research?

User: for writing, [[DeepL|AI_PRODUCT]] and [[ChatGPT|AI_PRODUCT]], because English is my second language (maybe you notice ;) ). for literature [[Elicit|AI_PRODUCT]] and sometimes [[Perplexity|AI_PRODUCT]]. for code [[GitHub Copilot|AI_PRODUCT]]. and of course [[Zotero|SOFTWARE]] and [[Overleaf|SOFTWARE]], not AI but I live in them. we also have a local LLM on the institute server, for sensitive data, but it is slow like a snail

AI: Could you describe a specific situation where AI helped or failed you?

User: yes, the grant. [[last year|GENERIC_TIME]] I wrote a [[DFG|ORGANIZATION]] proposal, in German, and then for a European call the same in English. I let [[DeepL|AI_PRODUCT]] translate and then [[ChatGPT|AI_PRODUCT]] to "make it sound native". it made it sound like marketing, "groundbreaking", "unprecedented". my colleague [[Jonas|PERSON]] read it and laughed. we rewrote it together in the Biergarten. it was not funded anyway haha. but the first draft time was maybe half

AI: What concerns do you have about AI in science?

User: [[reviewers|GENERIC_ROLE]] using it. I am quite sure one review I got was written by a LLM, it was very polite and said nothing. also reproducibility, if people use copilot code that they dont understand. [[Yann LeCun|PUBLIC_FIGURE]] says LLMs are not the way to real intelligence and for science I think he is a bit right. and the data protection, in [[Germany|COUNTRY]] we are very careful, maybe too careful

AI: Thank you. Is there anything you would like to add about yourself or your experience?

User: not much. I am [[33|AGE]], from [[Graz|CITY]] originally, so [[Austria|COUNTRY]] not [[Germany|COUNTRY]], people here always ask. live in [[Schwabing|CITY]]. if you want my publications my ORCID is [[orcid.org/0000-0002-7813-4429|URL|id_in_url]]. name is [[Magdalena Gruber|PERSON]], but everybody say [[Leni|PERSON|nickname]]""")

# 14. Nigeria - internal auditor (chartered accountant), Lagos - speech-to-text
T.append("""AI: Good morning, and thank you for joining. Could you tell me about your job?

User: Good morning. Okay, so, my name is [[Chukwuemeka Obi|PERSON]], people call me [[Emeka|PERSON|nickname]]. I'm a [[chartered accountant|JOB_TITLE]], I work as a [[senior internal auditor|JOB_TITLE]] at [[Access Bank|ORGANIZATION]], the head office in [[Victoria Island|CITY]], [[Lagos|CITY]]. I've been there since, uh, [[two thousand and seventeen|DATE|date_in_words]]. Before that I was at [[PwC|ORGANIZATION]] for two years, audit. I did my NYSC in [[Kano|CITY]], and my first degree was at [[UNILAG|SCHOOL]], [[University of Lagos|SCHOOL]], accounting.

AI: Thank you, [[Emeka|PERSON]]. Where does AI show up in your work?

User: Okay, so, for audit analytics we use [[IDEA|SOFTWARE|product_is_word]] and [[Excel|SOFTWARE]], and the bank has [[Copilot|AI_PRODUCT]] now for some staff, not all. Then [[ChatGPT|AI_PRODUCT]], I use it a lot for drafting audit reports, because the reports must be very, uh, diplomatic, you cannot just say "[[this branch manager|GENERIC_ROLE]] is careless". Ha. And for studying, I'm writing my ACCA exams, so [[ChatGPT|AI_PRODUCT]] explains IFRS 9 better than my textbook.

AI: Could you give me a specific example of that drafting?

User: Yes, so there was an audit of a branch in [[Ikeja|CITY]], we found some, uh, irregular overdrafts, and the [[branch manager|JOB_TITLE]], Alhaji [[Musa|PERSON]], he's a very respected man, so the language must be careful. I gave [[ChatGPT|AI_PRODUCT]] the findings without names, and it gave me a draft that was, eh, too soft, it sounded like we were apologizing to him. My [[head of unit|JOB_TITLE]], Mrs [[Adebayo|PERSON]], [[Folake Adebayo|PERSON]], she said "[[Emeka|PERSON]], this one is a love letter, not an audit report". So I rewrote it. But the structure was useful.

AI: What concerns you most about AI in banking or audit?

User: Fraud. Fraudsters are using AI to fake documents, fake voice notes. A customer in [[Abuja|CITY]] lost money because someone cloned his son's voice on [[WhatsApp|SOFTWARE]]. And for us, the [[CBN|ORGANIZATION]] has strict rules on customer data, so we cannot put BVNs or account numbers in any external tool. Even mine, when I open my own staff profile it shows my BVN, [[two two one, four eight, three three nine, zero six, one|NATIONAL_ID|spoken_digits]], and my NIN, [[seven zero four one nine two eight three three six five|NATIONAL_ID|spoken_digits]], on the same screen, which is, hmm, not ideal. And [[the juniors|GENERIC_ROLE]], [[Blessing|PERSON|name_is_word]] and [[Favour|PERSON|name_is_word]] on my team, they trust whatever the AI says.

AI: How do you see AI affecting your career or plans?

User: Honestly, many of my classmates have japa'd, moved to the [[UK|COUNTRY]], [[Canada|COUNTRY]]. I'm [[thirty-one|AGE|age_in_words]], I'm thinking about it too. AI makes me think maybe the jobs will be everywhere remote, so why leave. My wife [[Chiamaka|PERSON]] is a [[pharmacist|JOB_TITLE]] at [[Reddington Hospital|ORGANIZATION]], she says AI will not replace her because [[Lagos|CITY]] pharmacies are full of fake drugs and no AI can smell fake drugs. Ha. [[Aliko Dangote|PUBLIC_FIGURE]] said something about AI at a conference and my father forwarded it to the whole family group.

AI: Thank you for sharing all of that. Would you be willing to be contacted again, and how?

User: Yes, sure. My number is [[0803 219 4476|PHONE_NUMBER|local_format]], or my email, [[emeka dot obi dot aca at yahoo dot com|OBF_EMAIL|spelled_at_dot]]. We live at [[7 Bode Thomas Street|ADDRESS|street_like_name]], [[Surulere|CITY]], but, uh, please don't send anything by post, Nigerian post is a mystery.""")

# 15. Canada - real estate agent, Halifax - typed chat
T.append("""AI: Hi, thanks for joining. Could you tell me about your work?

User: hey! im a [[REALTOR|JOB_TITLE]] with [[Royal LePage|ORGANIZATION]] here in [[Halifax|CITY]], been licensed since [[2016|DATE]]. mostly residential, lots of [[first time buyers|GENERIC_ROLE]] and a growing number of people moving from ontario, mostly [[toronto|CITY|lowercase]], [[toronto|CITY|lowercase]] people with [[toronto|CITY|lowercase]] money lol. before real estate i was a [[dental hygienist|JOB_TITLE]] in [[Dartmouth|CITY|city_like_school]] for 8 yrs, did that program at [[Dal|SCHOOL|nickname]]

AI: How does AI fit into your work?

User: honestly its everywhere now. [[ChatGPT|AI_PRODUCT]] writes my listing descriptions (i edit them!!), [[Canva|SOFTWARE]] for the feature sheets, [[Matterport|SOFTWARE]] does the 3d tours and has some AI measuring thing. our brokerage gave us a CRM with an AI assistant called [[Chase|AI_PRODUCT|person_like_product]] that drafts follow up texts, which is confusing bc my actual assistant is also named [[chase|PERSON|lowercase_name]] lol, [[Chase Dempsey|PERSON]]. he does my showings schedule

AI: Ha, that sounds confusing. Can you share an example of a transaction where AI played a role?

User: yes so in [[October 2024|DATE]] i listed a house for the [[MacIsaacs|PERSON|plural_family_name]], [[88 Oceanview Drive|ADDRESS]] in [[Bedford|CITY]]. [[chatgpt|AI_PRODUCT]] wrote "steps from the ocean" and its like... a 20 min walk and a highway. [[Doreen MacIsaac|PERSON]] caught it before it went live thank god, she reads everything. then the AI in the CRM sent one of [[my buyers|GENERIC_ROLE]], [[Priyanka|PERSON]], a "happy closing day!" text a week before her actual closing which gave her a small heart attack

AI: What concerns do you have about AI in real estate?

User: misrepresentation is the big one, if AI says something false in a listing its MY licence, [[NS-024418|NATIONAL_ID|licence_number]], with the commission. also AI staged photos, buyers show up and the living room is empty and tiny. and honestly my job is trust, people dont want a robot helping them buy the biggest thing of their life. [[my broker|GENERIC_ROLE]] [[Glenn|PERSON]] says AI will never replace the handshake. [[glenn|PERSON|lowercase_name]] also still prints his emails so

AI: Anything else you'd like to share, and may we contact you later?

User: sure! im [[Kendra Boutilier|PERSON]], [[41|AGE]]. cell is [[(902) 471-3386|PHONE_NUMBER]], or find me on insta [[@kendrasellshfx|SOCIAL_HANDLE]]. my daughter [[Mackenzie|PERSON|name_like_org]] says i post too much but thats the job""")

# 16. Australia - senior civil engineer, Perth - speech-to-text
T.append("""AI: G'day, and thanks for joining. Could you start by telling me about your work?

User: Yeah, no worries. So I'm a [[senior civil engineer|JOB_TITLE]] at [[GHD|ORGANIZATION]], in the [[Perth|CITY]] office, um, mostly roads and drainage, so a lot of work for [[Main Roads WA|ORGANIZATION]], and then some mine site access roads up in the Pilbara for [[Fortescue|ORGANIZATION|org_like_name]] and [[BHP|ORGANIZATION]]. I started at [[GHD|ORGANIZATION]] in, uh, [[February twenty nineteen|DATE|date_in_words]], before that I was a [[grad engineer|JOB_TITLE]] at the [[City of Joondalup|ORGANIZATION|org_like_city]] for three years. I studied at [[Curtin|SCHOOL|school_like_name]], so, yeah, not the sandstone one.

AI: What AI tools come into your engineering work?

User: So, um, the design software itself, [[12d Model|SOFTWARE]] and [[Civil 3D|SOFTWARE]], they've got some automation but I wouldn't call it AI really. The AI stuff is more the writing. Reports, design basis documents, responses to client comments. We have [[Copilot|AI_PRODUCT]] across [[Microsoft 365|SOFTWARE]] now, and a few of us use [[ChatGPT|AI_PRODUCT]] on the side. And I use [[Siri|AI_PRODUCT|person_like_product]] in the ute to dictate notes on site, which, um, has some interesting ideas about what I'm saying.

AI: Could you describe a specific piece of work where that played out?

User: Yeah, so, there was a drainage report for an intersection upgrade in [[Baldivis|CITY]], and I used [[Copilot|AI_PRODUCT]] to summarise, um, about eighty pages of geotech and previous reports into a, like, a couple of pages of background. And it was actually good, except it got one of the, the groundwater levels wrong, it pulled the number from an appendix about a different site. [[Jordan Pike|PERSON|country_like_name]], he's one of our [[principal engineers|JOB_TITLE]], he reviewed it and caught it. If that had gone out, um, the pipe sizing would've been wrong. So now I tell [[the grads|GENERIC_ROLE]], [[Copilot|AI_PRODUCT]]'s a good intern, you still check the intern.

AI: You mentioned [[Jordan|PERSON]] caught the error. How does review work in your team?

User: Every document gets a check and a review, and then a sign-off by a chartered engineer, and that's me now for some stuff, I'm on the register, NER, my [[Engineers Australia|ORGANIZATION]] number's [[two six one, nine oh four four|NATIONAL_ID|spoken_digits]]. So it's my name on it. [[Jordan|PERSON|country_like_name]] actually did a big water project in [[Jordan|COUNTRY|country_like_name]] before he moved here, the country, so we call him, um, [[Jordan squared|PERSON|nickname]], which is terrible. And, uh, [[my boss|GENERIC_ROLE]] [[Bronwyn Hale|PERSON]], she's the [[Perth|CITY]] [[transport lead|JOB_TITLE]], she's quite pro-AI, she's pushing it for proposals.

AI: What concerns do you have about AI in engineering?

User: Um, liability, definitely. And [[the grads|GENERIC_ROLE]] not learning to, to feel when a number is wrong. Like, when I started, [[my supervisor|GENERIC_ROLE]] made me do hand calcs for everything, and that gives you a gut feeling. If the AI does the first pass, you don't build that. Also, um, mining [[clients|GENERIC_ROLE]] are very, very cagey about data, [[Gina Rinehart|PUBLIC_FIGURE]]'s lot, well, not my client, but in general, they don't want anything in a public model. Which is fair.

AI: Thank you. Could you tell me a little about yourself outside work, and how AI shows up there?

User: Yeah, so I'm [[thirty-one|AGE|age_in_words]], live in [[Fremantle|CITY]] with my partner [[Ngaire|PERSON]], um, she's a [[midwife|JOB_TITLE]] at [[Fiona Stanley|ORGANIZATION|org_like_name]], the hospital, not the person, ha. We've got a little one, [[Harper|PERSON|name_like_org]], she's [[two|AGE|age_in_words]]. [[Ngaire|PERSON]] uses [[ChatGPT|AI_PRODUCT]] for sleep schedule stuff, which, um, mixed results. And if you want to follow up, I'm [[Liam O'Sullivan|PERSON]], mobile is [[oh four three eight, two one nine, seven seven oh|OBF_PHONE|spoken_digits]], or [[liam dot osullivan at ghd dot com|OBF_EMAIL|spelled_at_dot]].""")

# 17. United States - insurance claims analyst, Charlotte - typed chat
T.append("""AI: Hi! Thank you for participating. Could you start by describing your job?

User: hi yes. im a [[property claims analyst|JOB_TITLE]] at [[Lincoln Financial|ORGANIZATION|org_like_name]]... wait no sorry, that was my first job lol. now im at [[Allstate|ORGANIZATION]], their [[Charlotte|CITY|city_like_name]] claims center, since [[jan 2023|DATE|lowercase]]. i review property damage claims, mostly hail, wind, water, and hurricane stuff when theres a hurricane. licensed adjuster in NC, my license # is [[1002284716|NATIONAL_ID|id_like_phone]] which looks like a phone number and ppl have literally tried calling it

AI: Ha, that's funny. What AI tools do you use in claims work?

User: ok so our claims platform is [[Guidewire|SOFTWARE]] and theres an AI layer on it that does photo estimates, like [[the policyholder|GENERIC_ROLE]] uploads pics and it guesses the repair cost. then we have [[Copilot|AI_PRODUCT]] for emails and notes. i personally use [[ChatGPT|AI_PRODUCT]] to explain policy language to myself when its super dense lol. and [[Otter|AI_PRODUCT|product_is_word]] for recorded statements, it transcribes them

AI: Could you walk me through a claim where AI played a part?

User: yes ok so after the storm in [[May|GENERIC_TIME]] we had like 400 claims come in one week. one was a roof in [[Matthews|CITY|city_like_name]], claim [[CLM-24-0088123|NATIONAL_ID|case_number]], the photo AI said "minor damage, est $2,300". i looked at the pics myself and you could see daylight through the attic. ended up being like 19k. [[the policyholder|GENERIC_ROLE]], Mr. [[Harold Vance|PERSON]], hes [[78|AGE]], lives alone, and if i had just approved the AI number he would have been screwed. [[my supervisor|GENERIC_ROLE]] [[Charlotte|PERSON|name_like_city]] (yes shes named [[charlotte|PERSON|lowercase_name]] and works in [[charlotte|CITY|lowercase]], she has heard every joke) said good catch

AI: You mentioned [[your supervisor|GENERIC_ROLE]] [[Charlotte|PERSON]]. How does she feel about the AI estimates?

User: [[Charlotte Nguyen|PERSON]] is pretty balanced. she says the AI is great for the easy ones so we have time for the hard ones. but [[management|GENERIC_ROLE]] looks at how many claims close "straight through" without a human and thats the number that gets bonuses. so theres pressure. [[my coworker|GENERIC_ROLE]] [[Dre|PERSON|nickname]] ([[Andre Little|PERSON]]) got a talking-to for overriding the AI "too often" which is insane bc he was right every time

AI: What concerns do you have overall?

User: fairness mostly. older people, people who cant take good photos, people in rural areas with bad signal, they get worse estimates. and recorded statements, the transcription misspells names constantly, one time it turned "[[Siobhan|PERSON]]" into "[[Shiv on|PERSON|misheard_name]]" and that went in the file. also im [[26|AGE]] and i kind of wonder if my job exists in 5 yrs. my mom in [[Gastonia|CITY]] keeps sending me articles about it

AI: Thanks for sharing all this. Anything else you'd like to add, and may we follow up?

User: sure. [[Mia Delgado|PERSON]], [[mia.delgado.nc@gmail.com|EMAIL_ADDRESS]], [[704.338.9015|PHONE_NUMBER|dot_separators]]. i went to [[App State|SCHOOL|nickname]] if that matters lol. i live in [[NoDa|CITY]], its the artsy neighborhood, im the one with the [[Lincoln|PERSON|name_like_org]] sticker on my car, thats my dog's name, long story, its not political""")

# 18. United Kingdom - freelance illustrator and graphic designer, Bristol - speech-to-text
T.append("""AI: Hello, and thanks for joining. Could you tell me about your work?

User: Hiya. So I'm a, um, freelance [[illustrator and graphic designer|JOB_TITLE]], based in [[Bristol|CITY]], I've got a desk in a shared studio in [[Stokes Croft|CITY]]. I've been freelance since, um, [[two thousand and eight|DATE|date_in_words]], after I graduated from [[Falmouth|SCHOOL|school_like_city]], so, God, a while. [[Clients|GENERIC_ROLE]] are a mix, some publishing, some festivals, I've done a lot for [[Bristol Beacon|ORGANIZATION|org_like_place]], and, um, packaging for a couple of food brands, [[Pip & Nut|ORGANIZATION|org_like_name]] was one.

AI: How has AI come into your work, if at all?

User: Um, reluctantly. I use [[Photoshop|SOFTWARE]] obviously, and [[Adobe|ORGANIZATION]] have put [[Firefly|AI_PRODUCT|product_is_word]] in everything, the generative fill, which I do use for, like, extending a background, boring stuff. I draw in [[Procreate|SOFTWARE]], and they've said they'll never put generative AI in, which I love them for. I've tried [[Midjourney|AI_PRODUCT]], I didn't like how it felt. And I use [[ChatGPT|AI_PRODUCT]] for, um, invoices and horrible emails to [[clients|GENERIC_ROLE]] who haven't paid.

AI: Could you give an example of one of those situations?

User: Yeah, so, a client [[last year|GENERIC_TIME]], um, a [[creative director|GENERIC_ROLE]] at an agency in [[London|CITY]], I won't say who, he sent me a brief with, like, a [[Midjourney|AI_PRODUCT]] image as the reference and said "can you do this but in your style". And it was clearly ripping off, um, someone I know, [[Ayo Bankole|PERSON]], she's an illustrator in [[Peckham|CITY]], like, her exact style. So I forwarded it to her, and she was gutted. And I used [[ChatGPT|AI_PRODUCT]] to help me write a, a polite no. Which is ironic.

AI: That's a really striking example. How do you feel about AI in creative work more broadly?

User: Honestly, sad, and a bit angry. [[Banksy|PUBLIC_FIGURE]] is from round here and everyone goes on about [[Bristol|CITY]] being this creative city, and meanwhile the entry-level jobs, the, um, the storyboarding and the spot illustrations, they're just going. My friend [[Kit Lawson|PERSON]] used to do storyboards for [[Aardman|ORGANIZATION]], well, as a freelancer, and she's retraining as a, um, [[primary teacher|JOB_TITLE]] now. [[Grayson Perry|PUBLIC_FIGURE]] said something on the radio about it, about craft, and I cried in the car, which is a bit much.

AI: I'm sorry to hear that. How are you adapting, practically?

User: Um, I'm teaching more. I do a [[Thursday|GENERIC_TIME]] evening class at [[UWE|SCHOOL]] now, the [[University of the West of England|SCHOOL]]. And I'm leaning into, like, the human-made thing, I sell prints at the [[Harbourside|CITY|district]] market. Money's tighter though. I did my self-assessment and my UTR is, hang on, [[eight three one two four, nine oh seven six two|NATIONAL_ID|spoken_digits]], and I had to ring HMRC about it because they'd, they'd put my old address in [[Easton|CITY|place_like_name]] on everything. We moved to [[Bedminster|CITY]] in [[March twenty twenty-two|DATE|date_in_words]].

AI: Thank you. Is there anything else you'd like to share, and may we contact you later?

User: Yeah, fine. I'm [[Holly Finch|PERSON|name_is_word]], um, it might come out as "holy finch" on your thing. My website is [[holly finch studio dot co dot uk|URL|spoken_url]], there's a contact form. And I'm [[forty-four|AGE|age_in_words]], if you need that for, like, demographics. My partner [[Rowan|PERSON]] says I should say I'm thirty-nine.""")

# 19. Philippines - customer support team lead at a BPO, Cebu - typed chat, Taglish
T.append("""AI: Hello, and thank you for joining! Could you tell me about your job?

User: hi po! im [[team lead|JOB_TITLE]] in customer support, [[Concentrix|ORGANIZATION]] here in [[Cebu IT Park|CITY|district]], [[Cebu City|CITY]]. our account is for a [[US|COUNTRY]] food delivery app, [[DoorDash|ORGANIZATION]], i handle 14 [[agents|GENERIC_ROLE]] on night shift since our [[customers|GENERIC_ROLE]] are in the [[US|COUNTRY]]. started as agent in [[2018|DATE]] right after graduating from [[USC|SCHOOL|ambiguous_acronym]], university of san carlos not the american one hehe

AI: What tools do you and your team use, and where does AI come in?

User: we use [[Zendesk|SOFTWARE]] for tickets and theres the [[Zendesk AI|AI_PRODUCT]] that suggests replies, plus our client has their own chatbot that handles the easy ones before they reach us. we are not allowed to use [[ChatGPT|AI_PRODUCT]] on the floor but honestly some [[agents|GENERIC_ROLE]] use it on phone for english grammar. [[Grammarly|AI_PRODUCT]] is allowed. also [[Slack|SOFTWARE]] and [[Google Sheets|SOFTWARE]] for our schedules

AI: Can you share an example of how those suggested replies work in practice?

User: yes so one agent, [[Jonalyn|PERSON]], she's very good but shy in english, the AI reply saved her a lot. but one time customer was complaining his food was stolen and the AI suggested "We're glad you enjoyed your order!" hahaha and she almost sent it. ate [[Marites|PERSON|name_is_word]] our [[QA analyst|JOB_TITLE]] caught it in the audit. (yes her name is [[marites|PERSON|lowercase_name]] like the chismosa word, she is NOT chismosa, she is very professional lol). after that i made a rule read the suggested reply 2 times before sending

AI: Ha, that's a good rule. What concerns do you or your [[agents|GENERIC_ROLE]] have about AI?

User: job loss is #1. the chatbot is taking more tickets every month, our headcount went from 22 to 14 [[this year|GENERIC_TIME]]. my friend [[Bong|PERSON|nickname]] ([[Rodel Cabahug|PERSON]]) at [[TaskUs|ORGANIZATION]] in [[Lapu-Lapu|CITY|city_like_person]] said their whole account was cut. many ppl here support families, kids, parents in the province. #2 is the metrics, the AI scores our tone now and gives every agent a number, very stressful. and our client sees the scores in real time from [[America|COUNTRY|country_short_form]]

AI: That sounds stressful. How are you thinking about your own future?

User: i am [[28|AGE]], i have a daughter [[Yuki|PERSON]] she is [[five|AGE|age_in_words]], so i need stable job. im studying data analytics on [[weekends|GENERIC_TIME]], using [[ChatGPT|AI_PRODUCT]] as tutor actually lol. my dream is to work in [[Singapore|COUNTRY|country_like_city]] or [[Australia|COUNTRY]]. my husband [[Paolo|PERSON]] is seaman, he is in [[Europe|CONTINENT]] now on a ship. we live in [[Mandaue|CITY]] with my parents. my SSS is [[34-5529871-6|NATIONAL_ID|local_format]] i just updated it for maternity benefits before, the process took 3 months haha

AI: Thank you so much. Anything else you'd like to add, and can we contact you again?

User: yes po! you can text or viber me at [[0917 842 3310|PHONE_NUMBER|local_format]] or email [[jtabora.cx@gmail.com|EMAIL_ADDRESS]]. my full name is [[Jennilyn Tabora|PERSON]] (not [[jonalyn|PERSON|lowercase_name]], she is the agent i told about haha, we are always mixed up). after [[Sinulog|GENERIC_TIME]] is better, [[january|GENERIC_TIME|lowercase]] is crazy here""")

# 20. United States - physician assistant in urgent care, Phoenix area - speech-to-text
T.append("""AI: Hi, thank you for joining. Could you tell me about your role and where you work?

User: Sure. So I'm a [[physician assistant|JOB_TITLE]], a [[PA-C|JOB_TITLE]], in urgent care, with [[Banner Health|ORGANIZATION]], at one of their clinics in [[Scottsdale|CITY]]. Um, before that I did two years in family medicine up in [[Flagstaff|CITY]], and before PA school I was a [[medical scribe|JOB_TITLE]] at [[Mayo Clinic|ORGANIZATION|org_like_name]], the [[Phoenix|CITY]] campus, which is funny now because, um, AI is basically doing that job now. I did PA school at [[Midwestern|SCHOOL]], in [[Glendale|CITY]], graduated in, uh, [[May of twenty twenty|DATE|date_in_words]], right in the middle of everything.

AI: What AI tools are you using in your clinical work?

User: So the big one is the ambient scribe, we use [[DAX Copilot|AI_PRODUCT]], it listens to the visit and drafts the note in [[Epic|SOFTWARE]]. Um, for reference I use [[OpenEvidence|AI_PRODUCT]] and [[UpToDate|SOFTWARE]]. And [[ChatGPT|AI_PRODUCT]] sometimes for patient instructions in Spanish, well, I speak Spanish, but for the written version, to check myself.

AI: Could you tell me about a visit where the ambient scribe made a difference, good or bad?

User: Okay, so, um, good first. I had a [[seventeen|AGE|age_in_words]]-year-old with a wrist injury, soccer, and instead of typing the whole time I could actually look at him and his mom. That's huge. Bad, um, there was a patient, Mrs. [[Yazzie|PERSON]], she's Diné, from up by [[Chinle|CITY]], visiting her daughter, and she said a few things in Navajo to her daughter, and DAX just, like, invented English for it. It wrote that she had chest pain. She did not have chest pain. If I hadn't read it, that's in her chart forever, and the next provider sees chest pain.

AI: That's a serious error. What did you do about it?

User: I fixed the note, and I flagged it to our [[medical director|JOB_TITLE]], Dr. [[Feldman|PERSON]], um, [[Aaron Feldman|PERSON]], and he sent it up to the, the vendor. He was good about it. But I worry about the providers who don't read the drafts, because we're seeing, like, forty [[patients|GENERIC_ROLE]] a shift in [[winter|GENERIC_TIME]]. And it's my license. My NPI, um, it's [[one four seven two, nine nine three, oh eight one|NATIONAL_ID|spoken_digits]], and my DEA is [[M R four four one seven two nine oh|NATIONAL_ID|spoken_digits]], I have them memorized because I type them a hundred times. If something goes wrong, those are on the line, not [[Microsoft|ORGANIZATION]]'s.

AI: What else concerns you about AI in healthcare?

User: [[Patients|GENERIC_ROLE]] using it before they come in. I had a guy who asked [[ChatGPT|AI_PRODUCT]] about his rash and it told him it was, um, shingles, and it was poison ivy, and he'd already, like, panicked his whole family. And the business side, [[the administrators|GENERIC_ROLE]] see that the scribe saves time and they just add more [[patients|GENERIC_ROLE]]. [[Marisela|PERSON]], she's one of our [[MAs|GENERIC_ROLE]], she said the AI was supposed to give us time back and instead they gave it to the schedule.

AI: Thank you for sharing that. Is there anything else, and may we contact you later?

User: Yeah, sure. I'm [[Marisol Trujillo|PERSON]], I'm [[thirty-four|AGE|age_in_words]], um, and my husband [[Beto|PERSON|nickname]] is in the background yelling at the [[Suns|ORGANIZATION]] game, sorry. Email is [[marisol dot trujillo dot pa at gmail dot com|OBF_EMAIL|spelled_at_dot]]. We live in [[Tempe|CITY]], um, near [[ASU|SCHOOL]], so it's loud on [[weekends|GENERIC_TIME]].""")

# 21. Ireland - senior product manager, Dublin - typed chat
T.append("""AI: Hi, thanks for joining us. Could you tell me about your role?

User: hey, sure. im a [[senior product manager|JOB_TITLE]] at [[Stripe|ORGANIZATION|org_is_word]] in [[Dublin|CITY]], on the billing side. been there since [[mid 2021|DATE]], before that 4 yrs at [[Google|ORGANIZATION]] on [[Grand Canal Dock|CITY]] doing ads ops which is where half of [[dublin|CITY|lowercase]]'s tech people started lol. originally from [[Galway|CITY]], did comp sci at [[Trinity|SCHOOL|school_is_word]] ([[TCD|SCHOOL]]), graduated [[2014|DATE]]

AI: What does your week look like, and where does AI fit in?

User: lots of meetings lol. roadmap reviews, customer calls, writing specs. AI wise: [[Claude|AI_PRODUCT]] for first drafts of PRDs, [[Notion AI|AI_PRODUCT]] for summarising meeting notes, [[Gong|SOFTWARE]] records sales calls and gives AI summaries that i skim, and [[Linear|SOFTWARE|product_is_word]] for tickets. we also pull data out of [[Amplitude|SOFTWARE|product_is_word]] and ask an internal bot questions about it. i'd say AI touches 60% of my day, [[Fridays|GENERIC_TIME]] less bc thats my no-meetings day

AI: Can you give an example of a decision where AI played a role?

User: ok so in [[Q3|GENERIC_TIME]] we were deciding whether to build a usage based pricing feature for a segment of [[customers|GENERIC_ROLE]]. i had [[claude|AI_PRODUCT]] go through ~200 [[gong|SOFTWARE]] call summaries and cluster the pain points. it was brilliant at that, took an hour instead of a week. but it over-weighted one big customer because they talk a LOT on calls. [[niamh|PERSON|lowercase_name]] on the data team ran the actual numbers and the demand was way smaller than [[claude|AI_PRODUCT]] made it sound. so we shipped a smaller version. [[Niamh Gallagher|PERSON]] saved me from a very embarrassing roadmap review lol

AI: You mentioned [[Niamh|PERSON]] ran the numbers. How do you and your colleagues decide when to trust the AI output?

User: honestly theres no rule, its vibes. my eng lead [[cormac|PERSON|lowercase_name]] trusts it for code but not for anything customer facing. our director [[Oisín Kearney|PERSON]] wants us to use it for everything and report "AI hours saved" in our OKRs which is a made up number and everyone knows it. i read something [[Patrick Collison|PUBLIC_FIGURE]] wrote about productivity and AI and it was more nuanced than what we actually do internally ha

AI: What concerns, if any, do you have?

User: a few. one, PMs becoming spec-writing machines that never actually talk to [[customers|GENERIC_ROLE]], bc the AI summarises everything. two, privacy, we're regulated, theres stuff that absolutely cant go in a model. and three, honestly, the job market. my sister is a [[junior designer|JOB_TITLE]] in [[London|CITY]] and her whole grad cohort is struggling. im [[32|AGE]] and i feel lucky i got in before all this

AI: Thank you. Is there anything else about your life or work you'd like to mention, and is it ok to reach out again?

User: yep. you can reach me at [[+353 86 412 7790|PHONE_NUMBER]] or my personal email [[aoibheann.tracey at gmail|OBF_EMAIL|partial_spelled_at]] (dot com obviously). im [[Aoibheann Tracey|PERSON]]. live in [[Stoneybatter|CITY]], [[Apt 3, 22 Manor Street|ADDRESS]] if you need to post the voucher thing, and my eircode is [[D07 KX29|ADDRESS|postcode]]. i mostly post on bluesky now, [[@aoibheann.bsky.social|SOCIAL_HANDLE]]. oh and my PPS is probably on your consent form already so i wont repeat it lol, actually it's [[7739214WA|NATIONAL_ID]] just in case. happy [[Paddy's Day|GENERIC_TIME]] in advance""")

# 22. South Africa - financial adviser, Johannesburg - typed chat
T.append("""AI: Hello, and thank you for taking part. Could you tell me about your work?

User: Hi! im a [[financial adviser|JOB_TITLE]] with [[Old Mutual|ORGANIZATION|org_like_words]], based at the [[Sandton|CITY]] office but i see [[clients|GENERIC_ROLE]] all over, [[Soweto|CITY]], [[Randburg|CITY]], some in [[Pretoria|CITY]]. mostly retirement planning, funeral cover, education policies for kids. ive been an adviser since [[2015|DATE]], before that i was a [[bank teller|JOB_TITLE]] at [[Capitec|ORGANIZATION]] for 3 years. studied BCom at [[UJ|SCHOOL]], then my CFP later

AI: What AI tools do you use in your work?

User: [[ChatGPT|AI_PRODUCT]] a lot, for explaining products in simple language, and translating into Sesotho and isiZulu (its ok, not perfect). [[Copilot|AI_PRODUCT]] came with our laptops. our CRM has a "next best product" AI thing. [[Excel|SOFTWARE]] for the needs analysis. and [[WhatsApp|SOFTWARE]] is how i talk to 90% of [[clients|GENERIC_ROLE]], nobody answers email in this country lol

AI: Could you tell me about a particular client situation where AI was involved?

User: ok so one client, Gogo [[Nomsa|PERSON]], [[Nomsa Mahlangu|PERSON]], shes [[73|AGE]], retired teacher in [[Soweto|CITY]], wanted to understand why her annuity income dropped. i used [[chatgpt|AI_PRODUCT]] to write a very simple explanation, like with examples using bread prices lol, printed it out, she loved it. BUT the CRM AI flagged her for a "wealth product upsell" which is crazy, shes on a pension. and another client [[Alexa Pillay|PERSON|name_like_product]], her son kept saying "[[alexa|AI_PRODUCT|lowercase]]" to the speaker during our video call and it started playing music lol

AI: Ha! How do you and your [[colleagues|GENERIC_ROLE]] feel about the "next best product" suggestions?

User: mixed. [[my branch manager|GENERIC_ROLE]], [[Innocent Mokoena|PERSON|name_is_word]], he loves it because targets. me and [[Thabo|PERSON]] (hes the other adviser in our team) think its dangerous bc the FSCA has strict rules about advice being appropriate, and if the AI pushes a product and i sell it, its my name and my rep number, [[FSP-REP-118204|NATIONAL_ID|licence_number]], on the record of advice. the AI doesnt get debarred, i do

AI: What are your biggest concerns about AI in financial advice?

User: scams!! people get AI voice notes pretending to be their kids, and there are fake videos of [[Elon Musk|PUBLIC_FIGURE]] and [[Johann Rupert|PUBLIC_FIGURE]] promising crypto returns. two of my [[clients|GENERIC_ROLE]] lost money to those [[last year|GENERIC_TIME]]. [[musk|PUBLIC_FIGURE|lowercase]] is from [[Pretoria|CITY]] so people here think hes like a local uncle who will make them rich lol. also data, [[clients|GENERIC_ROLE]] send me their ID documents on [[whatsapp|SOFTWARE]], and sometimes i have to copy the ID number into forms, like my own one is [[9106150234087|NATIONAL_ID|local_format]] and i know it by heart because i type it so often

AI: Thank you for sharing that. Could you tell me a bit about yourself, and may we contact you again?

User: sure. im [[Lerato Khumalo|PERSON]], turning [[34|AGE]] in [[June|GENERIC_TIME]]. live in [[Midrand|CITY]] with my husband [[Sizwe|PERSON]] and our twins. cell is [[072 884 1093|PHONE_NUMBER|local_format]], email [[lerato.k.advice@gmail.com|EMAIL_ADDRESS]]. my family is originally from [[Lesotho|COUNTRY]] and my cousins in [[Maseru|CITY]] are starting to use [[chatgpt|AI_PRODUCT]] too, for school. [[month-end|GENERIC_TIME]] is busy for me so maybe not then""")

# 23. India - assistant professor of civil engineering, Chennai - speech-to-text
T.append("""AI: Good evening, and thank you for joining. Could you tell me about your role?

User: Good evening. Yes, so I am Dr. ... sorry, I'm [[Meenakshi Sundaram|PERSON|name_like_place]], [[assistant professor|JOB_TITLE]] in the department of civil engineering at [[Anna University|SCHOOL|school_like_name]], the [[Guindy|CITY]] campus, in [[Chennai|CITY]]. I did my PhD at [[IIT Madras|SCHOOL]], completed in, uh, [[twenty twelve|DATE|date_in_words]], on, uh, concrete durability in coastal areas. Before joining here I was a [[site engineer|JOB_TITLE]] with [[L&T|ORGANIZATION]] for three years in [[Hyderabad|CITY]].

AI: Thank you. Where does AI come into your work, in teaching and research?

User: So in teaching, mainly I am fighting with it, ha. The [[students|GENERIC_ROLE]] use [[ChatGPT|AI_PRODUCT]] for assignments, for lab reports, even for viva preparation. We check with [[Turnitin|SOFTWARE]], it has an AI detector, but I don't fully trust it. For research, I use [[ChatGPT|AI_PRODUCT]] and [[Gemini|AI_PRODUCT]] for, uh, language polishing, literature summaries, and I search on [[Scopus|SOFTWARE]]. For the structural analysis we use [[STAAD Pro|SOFTWARE]], no AI there.

AI: Could you give me an example of a situation with [[students|GENERIC_ROLE]] and AI?

User: Yes, so, last semester, one student, [[Dharani|PERSON]], uh, register number [[two zero two one, C E, zero four one seven|NATIONAL_ID|spoken_student_id]], submitted a design report, and [[Turnitin|SOFTWARE]] said eighty-seven percent AI. She was crying, she said she wrote it herself, in Tamil first, then translated with [[Google Translate|SOFTWARE]] and then [[ChatGPT|AI_PRODUCT]] to correct the English. So, is that AI? I don't know. I called her father, he is a farmer from [[Kumbakonam|CITY]], and he was so worried. Finally I took a viva, she knew everything, so I gave full marks. But the HOD, Professor [[Ramanathan|PERSON]], he said I should be strict.

AI: You mentioned [[Dharani|PERSON]] translated from Tamil. How common is that among your [[students|GENERIC_ROLE]]?

User: Very common. Many are first-generation college [[students|GENERIC_ROLE]], from villages, from, uh, Tamil medium schools. For them AI is like a, a bridge. [[Murugan|PERSON]] anna, he is our [[lab assistant|JOB_TITLE]], he also uses it to write official letters now, in English, and he is so proud. So I can't say it is all bad. [[Abdul Kalam|PUBLIC_FIGURE]] sir was at this university, and he always said technology should reach the common man. I think he would have liked some of this, maybe not the cheating.

AI: What concerns you most about AI in higher education?

User: Thinking skills. The [[students|GENERIC_ROLE]] don't struggle anymore, and the struggle is where you learn. And also for us faculty, the promotion system counts papers, so now some people are producing papers with AI, very fast, very low quality. I review for a journal, and I get these, uh, papers with fake references. One reviewer friend, Dr. [[Kavitha Raghavan|PERSON]], from [[NIT Trichy|SCHOOL]], she found a paper citing her own paper that does not exist.

AI: Thank you. Is there anything else you'd like to share, and may we contact you for follow-up?

User: Yes, certainly. I am [[forty-one|AGE|age_in_words]], I live in [[Velachery|CITY]] with my husband and my mother-in-law. My mobile is [[nine four four four zero, one eight eight two six|OBF_PHONE|spoken_digits]], and official mail is [[meenakshi dot s at annauniv dot edu|OBF_EMAIL|spelled_at_dot]]. My daughter [[Nila|PERSON]] is in [[PSBB|SCHOOL]], twelfth standard, she wants to do AI engineering, ha, so you see, I have no escape.""")

# 24. Brazil - senior software developer working remotely for a US startup, São Paulo - typed chat, second-language English
T.append("""AI: Olá, and thanks for joining! Could you tell me about your work?

User: oi! so im a [[senior full stack developer|JOB_TITLE]], i work remote for a [[US|COUNTRY]] startup, [[Ramp|ORGANIZATION|org_is_word]], the fintech, via a contractor platform ([[Deel|SOFTWARE]]). i live in [[São Paulo|CITY]], bairro [[Pinheiros|CITY]]. before this i was 5 years at [[Nubank|ORGANIZATION]], from [[2017|DATE]] to [[2022|DATE]], and before that intern at [[Itaú|ORGANIZATION]]. i studied computer engineering at [[Unicamp|SCHOOL]] in [[Campinas|CITY]]

AI: What AI tools are part of your day as a developer?

User: [[Cursor|AI_PRODUCT|product_is_word]] is my editor now, with [[Claude|AI_PRODUCT]] inside, i barely write boilerplate anymore. [[GitHub|SOFTWARE]] for code obviously, and [[Copilot|AI_PRODUCT]] reviews the PRs first, before humans. for english i use [[ChatGPT|AI_PRODUCT]] to check my messages in [[Slack|SOFTWARE]] before i send, because the americans are very sensitive about tone hahaha. also [[Loom|SOFTWARE]] for async videos

AI: Can you tell me about a specific time AI helped or caused a problem?

User: yes. one time in [[december|GENERIC_TIME|lowercase]] i asked [[cursor|AI_PRODUCT|lowercase]] to refactor a currency conversion function and it changed the rounding from banker's rounding to normal rounding. tests passed because the tests were also generated by AI haha. it went to production and a customer in Texas was charged 1 cent more on thousands of transactions. [[my tech lead|GENERIC_ROLE]] [[Ethan|PERSON]] (he is in [[New York|CITY]]) was very calm, he said "this is a very cheap lesson". we fixed in 1 hour. now i read every diff, even if the AI wrote it

AI: You mentioned [[Ethan|PERSON]] was calm about it. How is it working with a team across countries?

User: its good but lonely sometimes. timezone is ok with [[New York|CITY]], 1 or 2 hours. my [[colleagues|GENERIC_ROLE]] are from [[Argentina|COUNTRY]], [[Poland|COUNTRY]], [[India|COUNTRY]], and [[Nigeria|COUNTRY]]. [[Juliana|PERSON]] from [[Buenos Aires|CITY]] is my best work friend, we speak portunhol in private chat lol. [[Ethan Goldberg|PERSON]] says our team ships the fastest in the company and he thinks its because of AI, i think its because we are cheap and hungry hahaha (joking, a little)

AI: What concerns do you have about AI in software development?

User: for me personally? that the [[US|COUNTRY]] companies will decide they dont need remote devs from [[South America|CONTINENT]] if AI can do the work. today im cheaper than an american, tomorrow the AI is cheaper than me. also [[the juniors|GENERIC_ROLE]] in [[Brasil|COUNTRY|local_spelling]], my cousin [[João Pedro|PERSON]] is doing bootcamp and he cant find an internship. even [[Lula|PUBLIC_FIGURE]] talked about AI in a speech, so you know its serious hahaha

AI: Thank you! Is there anything else you'd like to tell us, and can we contact you again?

User: sim, claro. im [[Rafaela Nogueira|PERSON]], [[31|AGE]], everybody calls me [[Rafa|PERSON|nickname]]. whatsapp [[+55 11 98472-3310|PHONE_NUMBER]]. email [[rafa.nogueira arroba proton ponto me|OBF_EMAIL|other_language]] (sorry, habit, its the at and dot lol). [[github|SOFTWARE|lowercase]] is [[github.com/rafanog|URL]]. for the payment thing if you need, my CPF is [[318.442.907-15|NATIONAL_ID|local_format]]. i am going to [[Portugal|COUNTRY]] in [[carnaval|GENERIC_TIME|lowercase]] so maybe before or after""")

# 25. United States - immigration paralegal, Houston - speech-to-text
T.append("""AI: Hi, thank you for joining us today. Could you tell me about your job?

User: Hi, yes. So I'm a [[paralegal|JOB_TITLE]], um, [[senior paralegal|JOB_TITLE]] actually, at a small immigration firm in [[Houston|CITY]], [[Okafor-Lind Immigration Law|ORGANIZATION|org_like_name]], it's just two attorneys and four of us. I've been there since, um, [[twenty nineteen|DATE|date_in_words]]. Before that I was a, a [[legal assistant|JOB_TITLE]] at [[Catholic Charities|ORGANIZATION]] for a few years, and I did my certificate at [[HCC|SCHOOL]], [[Houston Community College|SCHOOL]], at night.

AI: What does your work involve, and where does AI come in?

User: So, um, mostly preparing applications, like, asylum, family petitions, DACA renewals, getting documents translated, keeping track of deadlines with [[USCIS|ORGANIZATION]] and the court. We use [[Docketwise|SOFTWARE]] for case management. And for AI, um, [[ChatGPT|AI_PRODUCT]], the paid one, the firm pays for it, and we use [[DeepL|AI_PRODUCT]] and sometimes [[Google Translate|SOFTWARE]] for documents in Spanish, and we've had some in, um, K'iche', which is a Mayan language, and the AI is, like, useless there.

AI: Could you walk me through a specific case where AI helped or hurt?

User: Yeah, so, um, there was a, a client from [[Guatemala|COUNTRY|country_like_city]], Doña... sorry, no, I shouldn't, well, I'll just say her first name, [[Rosalinda|PERSON]]. Her asylum declaration, she told it to me in Spanish, like, three hours of story, and I used [[ChatGPT|AI_PRODUCT]] to help organize it into the, the chronological format. And it was good for structure, but it softened things. Like, she said the men "me amenazaron con machete" and it wrote "she felt unsafe". And that matters, that's, like, the whole case. So Ms. ... so the [[attorney|JOB_TITLE]], [[Adaeze|PERSON]], [[Adaeze Okafor-Lind|PERSON|name_like_org]], she made me go back to the original wording. Her A-number is, um, [[A two one two, four four eight, nine oh three|NATIONAL_ID|id_like_phone]], I have it on a sticky note right here, sorry, I'm reading it.

AI: That's an important example. How does the firm handle client information with these tools?

User: We have a rule, no names, no A-numbers, no dates of birth in the AI. But honestly, um, when you're rushing before a deadline at, like, eleven at night, people forget. [[My coworker|GENERIC_ROLE]] [[Yesenia|PERSON]] pasted a whole, um, receipt notice once, with the receipt number, [[I O E zero nine one eight two seven three six four five|NATIONAL_ID|spoken_digits]], and the client's address on [[Hillcroft Avenue|ADDRESS|street_only]] in [[Gulfton|CITY]]. Nothing happened, but, you know. And with everything on the news, [[ICE|ORGANIZATION|org_is_word]] and all that, our [[clients|GENERIC_ROLE]] are terrified of data. If they knew we put anything in a chatbot they'd, um, they'd leave.

AI: What concerns do you have more broadly, about your job or the field?

User: Um, I think the forms part of my job will be automated, honestly, like the I-130s. But the human part, sitting with someone who's crying, translating their story without losing it, that's not going anywhere. I hope. My mom cleaned offices downtown for twenty years so she could send me to school, so I take this job very personally. I'm [[twenty-nine|AGE|age_in_words]], I'm thinking about law school, [[UH Law|SCHOOL]] maybe, at night. [[Sonia Sotomayor|PUBLIC_FIGURE]]'s book is kind of why I wanted to do this, I read it in high school.

AI: Thank you. Is there anything else you'd like to add, and may we follow up with you?

User: Yeah, of course. I'm [[Guadalupe Reyes|PERSON]], everyone calls me [[Lupe|PERSON|nickname]], um, and on your transcript it might say "[[Lou Pay|PERSON|misheard_name]]", ha, it always does. Email is [[lupe dot reyes dot para at outlook dot com|OBF_EMAIL|spelled_at_dot]], and my cell is [[seven one three, two oh four, eight eight one six|OBF_PHONE|spoken_digits]]. We live in [[Pasadena|CITY|city_like_other_city]], the Texas one, not the California one, with my mom and my two brothers.""")

write_set(T, "set_ch")
