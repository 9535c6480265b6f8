# -*- coding: utf-8 -*-
"""Set bk: healthcare, social care, education and community workers in 25 countries,
written as speech-to-text interview transcripts about AI use at work."""
from markup import write_set
T = []

# 1 USA - paramedic, Tucson
T.append("""AI: Hi, thanks for hopping on the call. To start, could you tell me your name and a bit about what you do day to day?

User: Yeah, for sure. Um, so I'm [[Dolores Quintanilla|PERSON]], that's [[Quintanilla|PERSON]] with a Q, [[Q-U-I-N-T-A-N-I-L-L-A|PERSON|spelled_out]], but honestly nobody calls me [[Dolores|PERSON]] except my grandma, it's [[Lola|PERSON|nickname]]. I'm a [[paramedic field training officer|JOB_TITLE]] with [[Saguaro Regional EMS|ORGANIZATION]] out of [[Tucson|CITY]], mostly covering the, uh, the south side, [[Sunnyside|CITY]] and down toward the airport. I've been on the truck since, um, [[twenty fourteen|DATE]], no, wait, [[twenty thirteen|DATE]], I started as a basic in [[twenty thirteen|DATE]] and then did my medic at [[Pima Community College|SCHOOL]], finished that in, like, [[May of twenty sixteen|DATE]]. I'm [[thirty-eight|AGE]] now so, yeah, I'm kind of the old lady on B shift.

AI: Thanks, [[Lola|PERSON]]. And where does AI come into that work, if at all?

User: So, okay, the honest answer is, like, more than the department officially knows, ha. Um, officially we've got [[ImageTrend|SOFTWARE]], that's our ePCR, the, uh, the patient care report software, and there's some auto-fill stuff built into it now that I guess counts. But the thing I actually use is [[ChatGPT|AI_PRODUCT]] on my personal phone, and I want to be super clear, I never put patient stuff in there. No names, no DOBs, nothing. What I use it for is studying and for my FTO work. So when I've got a new medic riding with me, like right now I have this kid [[Derek Pham|PERSON]], he's great, he's, like, [[twenty-three|AGE]], I'll have it quiz us on pediatric dosing, or I'll ask it to make up a scenario, like "elderly male, syncope, on a beta blocker", and we run it in the rig between calls.

AI: That sounds useful. Has it ever gotten something wrong in a way that mattered?

User: Oh yeah. Yeah. So back in, uh, [[March of twenty twenty-four|DATE]] I think, [[Derek|PERSON]] wasn't with me yet, it was a different trainee, um, [[Kiana|PERSON]], and we asked it to convert a ketamine dose, like milligrams per kilo to what you'd actually draw up, and it just, it confidently gave us a number that was off by a factor of ten. Like, ten. And [[Kiana|PERSON]] almost wrote it on her flashcard. I caught it because I know that drug cold, but that's the scary part, right? If you don't already know the answer you can't tell it's wrong. So now my rule with trainees is the protocol book wins, always. The AI is, like, a study buddy who lies sometimes.

AI: How does your leadership feel about it?

User: Um, mixed? [[My captain|GENERIC_ROLE]] is kind of old school, he doesn't care as long as it's not on the county laptops. Our medical director, Dr. [[Anaya Whitcomb|PERSON]], she actually gave a talk at our CE day in, uh, [[October|DATE]], about AI scribes coming to the ER side and how they might come to EMS, and she was pretty balanced about it. She said, like, documentation is where it'll help first and clinical decisions last. Which, yeah, I agree. Writing narratives at [[four in the morning|GENERIC_TIME]] after a cardiac arrest is the worst part of this job. If something could draft that from the monitor data and I just fix it, honestly, sign me up.

AI: You mentioned [[four in the morning|GENERIC_TIME]]. Does AI play any part in the, um, the harder side of the job? The stress?

User: Kind of, yeah, and this is gonna sound weird. After bad calls I sometimes, like, type out what happened into [[ChatGPT|AI_PRODUCT]], super vague, no details, just "I had a pediatric call that went bad and I keep replaying it", and it's, I don't know, it's something to talk to at [[three a.m.|GENERIC_TIME]] when my husband [[Ray|PERSON]] is asleep. [[Ray|PERSON]] thinks it's a little sad, he's like, "wake me up, talk to me, not the robot." And he's right. We do have peer support through the department and I use that too. I saw [[Vivek Murthy|PUBLIC_FIGURE]], the, uh, the former surgeon general, talking about loneliness and first responders, and that kind of stuck with me. So I try not to let it replace people. It's a bridge till morning.

AI: That's really thoughtful, thank you. If we want to follow up with you later, what's the best way to reach you?

User: Sure. Email is probably best, it's [[lola dot q at saguaro r e m s dot org|OBF_EMAIL|spelled_at_dot]], that's my work one, or text me, [[five two zero, five five five, zero one four seven|OBF_PHONE|digits_as_words]]. And if you need to, like, verify I'm an actual medic for your study, my National Registry number is [[P1147298|NATIONAL_ID]]. Oh and I'm on Instagram as [[@lola.on.the.rig|SOCIAL_HANDLE]] but that's mostly my dog, ha.""")

# 2 Canada - health care aide, Winnipeg
T.append("""AI: Good afternoon and thank you for making time. Could you introduce yourself and describe your role?

User: Hi, yes. Okay. My name is [[Gurpreet Kaur Sandhu|PERSON]]. At work everyone say [[Preet|PERSON|nickname]], it's easier. I'm a [[health care aide|JOB_TITLE]], and, um, last year I became [[HCA team lead|JOB_TITLE]] on the evening shift at [[Riverbend Personal Care Home|ORGANIZATION]], it's in [[St. Vital|CITY]], in [[Winnipeg|CITY]]. I'm there since, uh, [[two thousand fifteen|DATE]], so almost ten years. Before that I was in [[India|COUNTRY]], I did my, um, my B.Sc. nursing in [[Ludhiana|CITY]] but here it wasn't recognized, so I did the HCA certificate at [[Red River College|SCHOOL]]. I'm [[forty-four|AGE]].

AI: Thank you, [[Preet|PERSON]]. What does a typical evening shift look like for you?

User: Busy, very busy. We have thirty-two residents on my unit, and it's me, two other aides, and one LPN. So, um, supper, meds with [[the nurse|GENERIC_ROLE]], bedtime care, a lot of dementia residents, so sundowning, you know, people getting confused at night. Charting we do in [[PointClickCare|SOFTWARE]], on the tablets. That's where, um, most of the computer stuff is. The AI part, not so much on the floor. But, um, for the lead part, there's lots of writing. Like when there's an incident, a fall or, um, one resident hits another, I have to write the report and also sometimes email the family. And my English writing, speaking is okay but writing formal, I get nervous. So my daughter [[Simran|PERSON]], she's at [[University of Manitoba|SCHOOL]], she showed me [[Copilot|AI_PRODUCT]] on the work computer, because the home has [[Microsoft 365|SOFTWARE]]. So I write what happened in my own words, like, no names, and I say "make this professional", and it fixes. Then I put the real names back and check with [[the nurse|GENERIC_ROLE]].

AI: How has that changed things for you?

User: Honestly, big difference. Before, one report, I would take maybe forty-five minutes, writing, erasing, and I would stay after shift, unpaid. Now maybe fifteen. And the DOC, the director of care, [[Tammy Olafson|PERSON]], she told me, um, in my review in [[January|DATE]], she said my reports are much clearer now. I didn't tell her it's [[Copilot|AI_PRODUCT]]. Well, later I told her. She laughed, she said it's fine, just don't put health information in. Um, but one time, uh, it changed the meaning. I wrote the resident was "found on floor" and it wrote "the resident fell", and that's not same thing, right? We didn't see him fall. So I had to change it back. Now I read every word.

AI: That's an important catch. Do you use it with residents or families directly at all?

User: Um, sometimes for translation. We have a gentleman, I'll just say Mr. [[B.|PERSON]], he speaks French mostly, from [[St. Boniface|CITY]], and when his son is not there I use [[Google Translate|SOFTWARE]] on my phone. Not perfect but he smiles, so, okay. And Punjabi families, I can do myself. Also, uh, [[Tammy|PERSON]] asked me to make a, um, a little training for new aides about safe transfers with the Hoyer lift, and I asked [[ChatGPT|AI_PRODUCT]] to make me a quiz. Ten questions. Two were wrong so I fixed it. The new girls liked it.

AI: If you could change one thing about these tools for your work, what would it be?

User: Um. I think, if it could listen at the end of shift when I do report to [[the night nurse|GENERIC_ROLE]] and make the notes, like, automatic, that would save so much. But also I'm scared a little, because then maybe they say, okay, we need less staff. We already are short. Like [[last Saturday|GENERIC_TIME]] it was me and one aide for the whole east wing. So, tools, yes, but not instead of people. People need people, especially old people.

AI: Thank you so much, [[Preet|PERSON]]. How can we reach you if we have a follow-up question?

User: You can email me, it's [[preet.sandhu [at] riverbendpch.ca|OBF_EMAIL|bracket_at]]. Or phone, my cell is [[204.555.0183|OBF_PHONE|dotted_digits]], better [[after two in the afternoon|GENERIC_TIME]] because I sleep in the morning. Um, my college registration, if you need, it's [[HCA-MB 77310|NATIONAL_ID]]. Thank you, this was nice.""")

# 3 UK (England) - dental nurse, Leeds
T.append("""AI: Right, we're recording now. Could you start by telling me who you are and where you work?

User: Yeah, hiya. I'm [[Kayleigh Ashworth|PERSON]], everyone calls me [[Kay|PERSON|nickname]]. I'm a [[dental nurse|JOB_TITLE]], well, [[lead dental nurse|JOB_TITLE]] as of, um, [[last September|DATE]], at [[Headingley Smile Studio|ORGANIZATION]], it's a mixed practice, NHS and private, in [[Headingley|CITY]], [[Leeds|CITY]]. I've been there, what, six years? Six, seven. I did my, um, my NEBDN diploma through [[Leeds City College|SCHOOL]] after I left school. I'm [[twenty-seven|AGE]], I'll be [[twenty-eight|AGE]] in [[June|DATE]].

AI: Lovely, thanks [[Kay|PERSON]]. So what does a normal day look like for you?

User: So I'm chairside most of the day with Dr. [[Farooq|PERSON]], [[Imran Farooq|PERSON]], he's one of the associates, lovely man, bit of a perfectionist. Um, so setting up, suction, mixing materials, charting while he's calling out the, the perio pocket depths, decontam between patients. And then because I'm lead now I do the rota for [[the other nurses|GENERIC_ROLE]] and the, uh, the CQC stuff, compliance, which is loads of paperwork, honestly.

AI: Where does AI come in, if it does?

User: Okay so, couple of places. The software we use is [[Dentally|SOFTWARE]], that's the practice management thing, and they've not really got AI in it yet, I don't think. But our practice manager, [[Bev|PERSON]], she's brilliant, she's sixty-odd and she's the one who got into [[ChatGPT|AI_PRODUCT]] first, which nobody expected. She uses it for, like, policies. So when we had to update the infection control policy, she had it do a first draft off the HTM 01-05 guidance and then me and her went through it line by line. And I use it for patient leaflets. Like we had loads of people not understanding their aftercare for extractions, so I asked it to write one at, like, a reading age of nine, and then Dr. [[Farooq|PERSON]] checked it. Patients actually read it now, which, yeah, that's a first.

AI: Has anything gone wrong or made you uneasy?

User: Um, yeah, one thing. So there was a, a girl, a trainee, I won't say her name, she put a patient's medical history into it to ask if it was safe to use a certain anaesthetic. Like the whole thing, date of birth and all. And I had to have a word, and then [[Bev|PERSON]] had to, um, report it as a data thing to the [[principal dentist|GENERIC_ROLE]]. Nothing came of it but it scared everyone. So now there's a rule, nothing with a patient in it goes in, full stop. We're all a bit paranoid about the GDC, to be honest. My registration's the thing I've worked hardest for.

AI: That makes sense. Is there anything you'd want AI to do that it can't now?

User: Ooh, charting. Honest to God, if it could listen to Dr. [[Farooq|PERSON]] calling out "four, three, four, five, bleeding" and just fill in the perio chart, I'd cry. I've seen adverts for that, I think from, um, one of the American companies. And the other thing is, the phones. Our receptionist [[Jade|PERSON]] is run ragged, people ringing at [[eight on the dot|GENERIC_TIME]] for emergency appointments. Something that could triage them a bit would help. Though I heard [[Wes Streeting|PUBLIC_FIGURE]] on the news going on about dentistry again and I just thought, mate, it's not a robot we need, it's a contract that pays. Oh, and for my own learning, a bit, yeah. I'm doing my, um, impression-taking extended duty course, started it in, uh, [[January|DATE]], and I use [[Gemini|AI_PRODUCT]] on my phone to quiz me on the bus. I get the number 1 from [[Bramley|CITY]] so it's like forty minutes each way. My boyfriend [[Connor|PERSON]] thinks I'm mad, talking to my phone about alginate.

AI: Thank you so much, [[Kay|PERSON]], this has been great. How can we get hold of you if we need to?

User: Yeah, no worries. My email's [[kay ashworth ninety-five at hotmail dot co dot uk|OBF_EMAIL|spelled_at_dot]], all one word, kay ashworth, and then nine five. My mobile is [[oh seven seven oh oh, nine double oh, one two six|OBF_PHONE|digits_as_words]]. And I'm [[@kaythedentalnurse|SOCIAL_HANDLE]] on Instagram, I post, like, DN memes. Oh, and my GDC number's [[284917|NATIONAL_ID]] if you need it for anything. Is that alright?""")

# 4 Wales - ALN teacher, Swansea
T.append("""AI: Bore da, and thanks for joining. Could you tell me a little about yourself and your school?

User: Bore da! Um, yes, so I'm [[Rhiannon Prys-Evans|PERSON]], [[Prys|PERSON]] is, um, [[P-R-Y-S|PERSON|spelled_out]], hyphen [[Evans|PERSON]], the normal way. I'm the, uh, the ALNCo, so the additional learning needs coordinator, and I also teach in the, um, the specialist resource base at [[Ysgol Bryn Tawel|SCHOOL]], which is a Welsh-medium primary in [[Morriston|CITY]], in [[Swansea|CITY]]. I've been there since [[September twenty eighteen|DATE]]. Before that I was in a secondary in [[Llanelli|CITY]], which is where I'm from originally. And I'm, um, [[thirty-nine|AGE]], if that's relevant!

AI: It's all helpful, thank you, [[Rhiannon|PERSON]]. How does AI fit into your work?

User: So, um. It's funny, because I was, I was really against it at first. Really against. But then [[my headteacher|GENERIC_ROLE]], [[Gareth|PERSON]], sent us all on a training day the consortium ran, in, was it [[November|DATE]]? No, it was [[October half term|DATE]], and they showed us how to use [[Copilot|AI_PRODUCT]] through [[Hwb|SOFTWARE]], because all Welsh schools get the Microsoft stuff through [[Hwb|SOFTWARE]]. And the thing that won me over was differentiation. So in the base I've got eight children, all with really different needs. One little boy, I'll call him [[Osian|PERSON]], not his real name, he's autistic, he loves trains, he'll do anything if it's about trains. So I can take the, the Year 3 maths task and say, rewrite this so it's all about steam trains, in Welsh, short sentences, and it does it in ten seconds. That used to be my [[Sunday evening|GENERIC_TIME]].

AI: You mentioned Welsh. How well do the tools handle Welsh?

User: Oh, that's, that's the big thing. It's, um, okay? It's okay. It's better than it was. But it makes mutation mistakes all the time, like soft mutations, it'll say "pont" after "ei" when it should, well, you know, it depends, and for children who are learning to read that matters, you can't model wrong Welsh. So I always check. My colleague [[Siân Llewelyn|PERSON]], she's the, um, the Welsh language lead, she's much stricter than me, she says she'd rather write it herself. We argue about it in the staffroom, nicely.

AI: What about the paperwork side of ALN?

User: So, yeah, IDPs, individual development plans, under the new ALN Act. They're huge. And I'm really careful there, we don't put any child's details into the AI, not even first names. What I do is use it to, like, rephrase outcomes into plain language for parents. Because the professional language is awful, "will demonstrate increased self-regulation across contexts", what does that even mean to a mam who's exhausted? So I'll ask it, how would you say this to a parent, and then I adapt it. We use [[Widgit|SOFTWARE]] as well for the symbol versions, that's not AI, it's just brilliant.

AI: Has anything surprised you?

User: Um, the children! Well, not the children using it, they don't, but [[Osian|PERSON]], again, not his real name, he asked me if the computer was alive. And we had this whole lovely conversation. And also surprised me how much my own dad uses it, he's seventy-two, in [[Llanelli|CITY]], he asks [[ChatGPT|AI_PRODUCT]] about rugby stats and argues with it about [[Shane Williams|PUBLIC_FIGURE]]'s try record. Ha. Everybody's on it now.

AI: Diolch, [[Rhiannon|PERSON]], this has been really helpful. Is there a good way to contact you?

User: Yes, of course. School email is best, [[r.prysevans@brytawel.cymru|EMAIL_ADDRESS]], that's, um, [[b-r-y-t-a-w-e-l|ORGANIZATION|spelled_out]], they shortened it, don't ask. Or mobile, [[0 7 9 1 2  4 4 0  6 1 8|OBF_PHONE|spaced_digits]]. And my EWC registration, the Education Workforce Council, is [[EWC 1092273|NATIONAL_ID]], someone said you might ask. Home is, uh, [[14 Heol y Nant|ADDRESS]], [[Clydach|CITY]], but post to school is better really.""")

# 5 Australia - physiotherapist, Fremantle
T.append("""AI: Thanks for joining today. Could you introduce yourself and tell me about your role?

User: Yeah, no worries. I'm [[Callum Ng|PERSON]], um, I'm a [[senior physiotherapist|JOB_TITLE]] at [[Bayside Physio and Rehab|ORGANIZATION]], we're in [[Fremantle|CITY]], just off, um, near the markets. Mostly musculoskeletal, so, you know, knees, backs, a lot of post-op ACLs, and I do the Tuesday, sorry, Wednesday afternoon hydro class at the pool in [[White Gum Valley|CITY]]. I graduated from [[Curtin|SCHOOL]] in, uh, [[twenty fifteen|DATE]], so ten years this year. I'm [[thirty-one|AGE]].

AI: Great, [[Callum|PERSON]]. How does AI come into your practice?

User: Right, so the big one for us is an AI scribe. We started using [[Heidi|AI_PRODUCT]], it's, um, an Aussie one, from, like, [[April|DATE]]. So with the patient's consent, it listens to the consult on my phone and then drafts the SOAP note, and I paste it into [[Cliniko|SOFTWARE]] after I've checked it. And honestly, it's changed my day. I used to be writing notes till [[seven at night|GENERIC_TIME]]. Now I'm done by [[half five|GENERIC_TIME]] most days, and I get to actually see my partner, [[Liam|PERSON]], before he goes on nights. He's a nurse at [[Fiona Stanley|ORGANIZATION]].

AI: What does checking the note involve?

User: Um, a fair bit, actually, which people don't talk about. It's good with the subjective stuff, what the patient says, but it sometimes, like, invents objective findings. Like once it wrote "Lachman's negative" and I never did a Lachman's in that session, because it was a shoulder. I think it just, um, pattern-matched. So I read every line. My boss, [[Hamish Duffield|PERSON]], he's the principal, he made a rule that we have to initial the bit at the bottom that says reviewed by clinician, and we do a random audit [[once a month|GENERIC_TIME]], [[Jess|PERSON]] and I swap notes and check each other's. Beyond notes, it's exercise programs. We use [[Physitrack|SOFTWARE]] to send home exercise videos, and, um, I'll sometimes ask [[ChatGPT|AI_PRODUCT]] for ideas to, like, progress someone, like "give me five ways to progress a single-leg squat for a footy player", and then I pick what makes sense. It's not magic, it gives me the same six exercises a lot. [[Jess Moretti|PERSON]], she's our other senior, she uses it for her Pilates class plans. She's more into it than me.

AI: Any patient reactions to the scribe?

User: Yeah, mostly fine. Most people just say, oh, yeah, [[my GP|GENERIC_ROLE]] does that too. A few older ones say no, and that's totally fine, I just type. One bloke, um, he was a retired sparky, really funny guy, he asked if it was going to sell his knee to [[Elon Musk|PUBLIC_FIGURE]]. Ha. But, you know, it's a fair question, where does the audio go? I had to actually read the privacy policy to answer him properly, which, um, I probably should've done first. It's deleted after the note's made, apparently, stored in [[Australia|COUNTRY]].

AI: Do you think AI changes what it means to be a physio?

User: Um. Not the hands-on part. You can't, you can't AI a manual therapy technique, or like, reading someone's face when they're scared to load their knee after a reconstruction. But the admin, yeah, and maybe the education side. I reckon in five years the younger grads will just expect it. [[Hamish|PERSON]] jokes that when he graduated they used carbon copy paper.

AI: Thanks so much, [[Callum|PERSON]]. How can we get in touch for a follow-up?

User: Yep, email's [[callum at bayside physio dot com dot au|OBF_EMAIL|spelled_at_dot]], no dashes or anything. Mobile is [[0412 883 017|PHONE_NUMBER]]. My AHPRA number's [[PHY0001827364|NATIONAL_ID]], if you need to check I'm registered, it's public anyway. And I'm on LinkedIn, [[linkedin.com/in/callum-ng-physio|URL]].""")

# 6 New Zealand - kaiāwhina / community health worker, Rotorua
T.append("""AI: Kia ora, and thank you for making the time. Could you start by introducing yourself?

User: Kia ora. Um, ko [[Aroha Tipene|PERSON]] tōku ingoa, I'm, uh, I'm [[Aroha Ngāwai Tipene|PERSON|full_name_with_middle]] on the paperwork, but the whānau and most of the clients call me Aunty [[Ro|PERSON|nickname]]. I'm a [[kaiāwhina|JOB_TITLE]], so like a community health worker, with [[Te Waiariki Hauora Trust|ORGANIZATION]] here in [[Rotorua|CITY]]. Mostly I cover [[Ngongotahā|CITY]] and out towards [[Mamaku|CITY]], doing home visits, diabetes support, getting people to their appointments, that kind of mahi. I'm [[fifty-two|AGE]], been with the Trust since, oh, [[twenty eleven|DATE]]. I did my health and wellbeing certificate at [[Toi Ohomai|SCHOOL]] after my kids left home.

AI: Thank you, Aunty [[Ro|PERSON]]. So, where does AI come into your mahi, if at all?

User: Um, well, truthfully it's pretty new for me. My moko, [[Kauri|PERSON]], he's fifteen, he put [[ChatGPT|AI_PRODUCT]] on my phone at [[Christmas|GENERIC_TIME]] and showed me how to talk to it instead of typing, because my typing is, ha, it's slow. So now in the car between visits I'll talk to it and say, um, "help me write a letter to WINZ asking for a food grant for a kuia who's got no power", and it'll make it sound proper. Not with her name, I fill that in after. That used to take me forever at night.

AI: Does the Trust have any guidance on using it?

User: They do now. Our manager [[Mere Hohaia|PERSON]] put out a, uh, a little one-page thing in [[March|DATE]]. Basically, don't put any client's details in, don't use it for clinical advice, and anything it writes you still own. And then the clinical notes all go into [[Medtech|SOFTWARE]] like always, no AI there. There's been a bit of talk, um, about data sovereignty, you know, Māori data, where does it go, who owns it. [[Hemi|PERSON]], he's our kaumātua on the board, he's very strong on that, he says our people's stories shouldn't be feeding some computer overseas in [[America|COUNTRY]]. And I think he's right. So I keep it to letters and, like, explaining things.

AI: What do you mean by explaining things?

User: So like, a client gets a letter from the hospital and it's full of big words, HbA1c and eGFR and whatever. And I'll, um, I'll ask it, "explain eGFR like I'm talking to my nan", and then I say it in my own words, sometimes in te reo. It's not great at te reo, eh. It tries. It gets the macrons wrong and sometimes it's just, it's made-up words. [[Mere|PERSON]] laughed her head off at one it did for a poster, it was meant to say "kia kaha" and it came out with something nobody could read. So I don't trust it for te reo at all.

AI: That's interesting. Is there anything you worry about?

User: Um, yeah, people losing the kanohi ki te kanohi, the face to face. Some of our whānau have been let down by the system for generations and they only open the door because they know me, they know my face, they knew my mum. A chatbot can't do that. I remember when [[Ashley Bloomfield|PUBLIC_FIGURE]] was on the telly every day during Covid, and even then our people listened to the aunties more than the telly. That's the thing. The relationship is the medicine, aye.

AI: Beautifully put. Thank you, [[Ro|PERSON]]. How can we contact you if we need to follow up?

User: Ka pai. My work email is [[aroha.t [at] tewaiariki.org.nz|OBF_EMAIL|bracket_at]]. Or ring me, [[oh two one, four four seven, eight eight two|OBF_PHONE|digits_as_words]], leave a message if I don't answer, I'm probably driving. The office is at [[21 Pukuatua Street|ADDRESS]] if you want to send anything. Ngā mihi.""")

# 7 South Africa - medical technologist, Durban
T.append("""AI: Hello, thanks for joining. Can you tell me who you are and what you do?

User: Sure, hi. I'm [[Sibusiso Mthembu|PERSON]], [[M-T-H-E-M-B-U|PERSON|spelled_out]], but ja, everyone says [[Sbu|PERSON|nickname]]. I'm a [[medical technologist|JOB_TITLE]] in haematology at [[Umgeni Pathology Laboratories|ORGANIZATION]], we're the, um, the regional lab in [[Pinetown|CITY]], outside [[Durban|CITY]]. I studied at [[DUT|SCHOOL]], the [[Durban University of Technology|SCHOOL]], finished my internship in, eh, [[twenty fifteen|DATE]]. [[Thirty-four|AGE]]. I'm [[thirty-four|AGE]], sorry.

AI: No problem. Thanks, [[Sbu|PERSON]]. Tell me a bit about a typical shift.

User: Okay, so, um, we're doing full blood counts, coags, some malaria smears, a lot of CD4 counts still, because, you know, HIV work is a big part of [[KZN|CITY]]. The analysers do most of the counting now, the Sysmex machines, and then we do the, uh, the flagged ones by hand. Microscope, smear review. Results go out through [[TrakCare|SOFTWARE]], that's the lab information system. Night shift it's just me and one other tech, usually [[Priyanka Naidoo|PERSON]], she's very sharp, she's been here longer than me.

AI: And where does AI fit in?

User: So there's two sides. The official side, the lab got a, um, a digital morphology system in, I think, [[August|DATE]], and it uses AI to pre-classify white cells on the smear. So it shows you, like, this is a neutrophil, this is a lymphocyte, and you confirm or reclassify. It's good, it's fast, but it struggles with, like, atypical lymphs and blasts. Our supervisor, Mrs. [[van Wyk|PERSON]], she is very strict, she makes us review every single cell on any smear with a flag. Which is correct. If it misses a leukaemia, that's a life.

AI: And the unofficial side?

User: Ha, ja. The unofficial side is [[ChatGPT|AI_PRODUCT]] on our phones. Um, I use it for studying, I'm doing my, my master's part-time at [[UKZN|SCHOOL]], and also for writing SOPs. Like when the QC on the coag analyser was drifting, I asked it to help me write a troubleshooting checklist, and then [[Priyanka|PERSON]] and me checked it against the manufacturer manual. Half of it was generic, but the structure was nice. What we never, ever do is put patient results in. There was a talk from the, uh, [[the information officer|GENERIC_ROLE]] about POPIA, the privacy law, and it was very clear.

AI: Has it affected how you feel about your job?

User: Um, mixed. Sometimes I think, okay, in ten years maybe the machine does the whole smear and they need half the techs. And then I think, no, we're already short, [[South Africa|COUNTRY]] doesn't have enough of us, they'll just use us for the hard cases. Also, uh, I heard the minister, [[Aaron Motsoaledi|PUBLIC_FIGURE]], talking about NHI and digitising everything, and I thought, eish, first give us stable electricity, then we talk AI. Load-shedding, the backup generator, that's the real technology problem in our lab, honestly.

AI: That's a fair point. Thank you, [[Sbu|PERSON]]. What's the best way to reach you?

User: My email is [[sbu.mthembu at gmail dot com|OBF_EMAIL|spelled_at_dot]]. My cell is [[zero eight two, five five five, one nine nine four|OBF_PHONE|digits_as_words]], WhatsApp also same number. And my HPCSA registration is [[MT 0098231|NATIONAL_ID]], if your study needs to confirm. Cool, thanks.""")

# 8 Zimbabwe - village health worker, Mutare
T.append("""AI: Good morning, and thank you for agreeing to talk. Please introduce yourself.

User: Good morning. Ah, I am [[Tendai Chikwanha|PERSON]]. In the community they call me [[Mai Rufaro|PERSON|nickname]], because my first-born is [[Rufaro|PERSON]]. I am a [[village health worker|JOB_TITLE]], but now, ah, since [[last year June|DATE]] I am also [[community health supervisor|JOB_TITLE]] for [[Chiedza Community Health Project|ORGANIZATION]]. We work in [[Sakubva|CITY]] and [[Dangamvura|CITY]], here in [[Mutare|CITY]]. I am [[forty-six|AGE]] years. I was trained first by the ministry in, ah, [[two thousand and nine|DATE]], and later I did a certificate at [[Africa University|SCHOOL]], the short course in community health.

AI: Thank you, [[Tendai|PERSON]]. What does your work involve?

User: Eh, many things. We do home visits, we check the pregnant mothers, we follow up TB patients, make sure they take the tablets, we weigh the children under five. And we record everything. Before, it was the paper registers, very heavy books. Now we have the phones, and we put the data in [[DHIS2|SOFTWARE]], through the app. When the network is there. In [[Dangamvura|CITY]] it's okay, but some places, no network, so you wait.

AI: Where has AI come into that?

User: Okay. It came, ah, by accident, I can say. Because on [[WhatsApp|SOFTWARE]] there is now the [[Meta AI|AI_PRODUCT]], the blue circle. And one of my young VHWs, [[Farai Moyo|PERSON]], she is very clever, she showed me you can ask it questions. So sometimes a mother asks me something, like, "is it safe to give my child this herbal thing with the medicine", and I don't know, I ask it. But, ah, I have learnt to be careful. Once it told me something about the dosage of ORS that was different from what [[the nurse at the clinic|GENERIC_ROLE]] taught us. So I went to Sister [[Mapfumo|PERSON]] at the clinic and she said, no, follow our guideline. Since then, I use it only to understand, not to decide.

AI: How do the families feel about it?

User: Most of them don't know. It's on my phone. But some of the young mothers, they use it themselves now, they come and say, "[[Mai Rufaro|PERSON|nickname]], the AI said this." Ha! So now part of my work is to explain when the AI is wrong. Also it speaks English better than Shona. If I ask in Shona it answers, ah, half-half. My mother, she is in [[Chipinge|CITY]], she doesn't trust it at all, she says it is a spirit in the phone.

AI: Ha, I see. What would help you most?

User: Data bundles, honestly. That is the biggest problem. Econet bundles are expensive and the project gives us only a small amount [[each month|GENERIC_TIME]]. If I use [[ChatGPT|AI_PRODUCT]] or the videos, the bundle finishes by the, ah, the twentieth, then I cannot even submit my reports. Second thing is if the tools can work offline and in Shona. Also I saw on the news [[Kirsty Coventry|PUBLIC_FIGURE]], our swimmer, she is now very big in the Olympics, and I was thinking, ah, our girls here also must learn these computers, not only to use [[WhatsApp|SOFTWARE]] but to build.

AI: Thank you so much, [[Mai Rufaro|PERSON]]. How can we reach you later?

User: You can write to me at [[tendai.chikwanha (at) gmail (dot) com|OBF_EMAIL|bracket_at_dot]]. Or phone, [[+263 77 . 412 . 6608|OBF_PHONE|dotted_digits]]. Better [[WhatsApp|SOFTWARE]] because calling is expensive. The project office is at [[Stand 2291, Sakubva Road|ADDRESS]], near the market. Thank you.""")

# 9 Uganda - youth worker, Kampala
T.append("""AI: Hi there, thanks for joining us. Could you start by telling me your name and what you do?

User: Yes, hello, hello. Can you hear me? Okay, good. I'm [[Brian Ssemakula|PERSON]], that's double S, [[S-S-E-M-A-K-U-L-A|PERSON|spelled_out]]. I'm a [[youth worker|JOB_TITLE]], officially "[[programme officer, adolescent livelihoods|JOB_TITLE]]", with [[Kawempe Youth Link|ORGANIZATION]], it's a community-based organisation in [[Kawempe|CITY]] division, [[Kampala|CITY]]. We work with young people, fifteen to twenty-four, some out of school, some young mothers, some who were, you know, on the street. I'm [[twenty-nine|AGE]]. I studied social work and social administration at [[Makerere|SCHOOL]], graduated in, ah, [[January twenty nineteen|DATE]].

AI: Thanks, [[Brian|PERSON]]. How does AI show up in your work?

User: Ah, a lot actually, more than you'd think. So, one, proposals. We are a small CBO, it's me, our director [[Florence Nakato|PERSON]], we call her Auntie [[Flo|PERSON|nickname]], and two volunteers. And we live on small grants. So writing proposals is, like, survival. I use [[ChatGPT|AI_PRODUCT]] and sometimes [[Claude|AI_PRODUCT]] to help with the structure, the logframe, the, eh, the theory of change. Auntie [[Flo|PERSON]] was suspicious at first, she said, "[[Brian|PERSON]], the donors will know." Ha. But we got a grant in [[November|DATE]] for the tailoring programme, so now she asks me, "did you ask your friend?"

AI: Ha. And the donors, do you think they know?

User: Maybe some, yes. Honestly I think everyone is using it now. But I don't let it write the stories. Like, the case studies, when we say, eh, "[[Sarah|PERSON]], nineteen, started a salon after our training", the donors want those. Those I write myself, with consent from the young person, and I change the names. Because if the AI writes it, it sounds like every other NGO in [[Africa|CONTINENT]]. Same words. "Empowered", "resilient". The young people here, they don't talk like that.

AI: Do the young people themselves use AI?

User: Yes, yes. That's actually, ah, the most interesting part. Many of them have smartphones, cheap ones, and they use [[Gemini|AI_PRODUCT]] because it's already on the Android. They ask it for CVs, for business ideas. Some ask it very personal things, like about sex, about HIV, because they are ashamed to ask a person. And sometimes it gives good information, but sometimes it's, it's for [[America|COUNTRY]], you know, it says "call this hotline" and the hotline is in the US. So we started, um, in [[February|DATE]], a small session [[every Thursday|GENERIC_TIME]], we call it "Ask the Phone, Ask a Person", where we look at what the AI said together and my colleague [[Ronald Okello|PERSON]], he's a counsellor, he adds the local truth. The clinic in [[Kawempe|CITY]], the real hotline, things like that.

AI: That's a creative idea. Any concerns?

User: Ah, many. Data costs, first. MTN data is not cheap for them. Second, scams. There are now, eh, these fake "AI jobs" on TikTok and WhatsApp, "earn money training AI", and some of our youths lost money. Third, dependency. One boy, he's very bright, I'll call him [[Moses|PERSON]], he was using it for every assignment in his catch-up programme and then in the exam he couldn't write anything. So balance. I tell them what [[Joshua Cheptegei|PUBLIC_FIGURE]] does, you know, the runner, he has coaches and technology but he still runs every kilometre himself. They like that one.

AI: Thank you, [[Brian|PERSON]], this is really rich. How can we reach you afterwards?

User: Sure. Email is [[brian.ssemakula at kawempeyouthlink dot org|OBF_EMAIL|spelled_at_dot]]. Phone, [[zero seven seven two, four one six, three zero five|OBF_PHONE|digits_as_words]], that's MTN. On X I'm [[@BrianSsema_UG|SOCIAL_HANDLE]]. And our office is [[Plot 47, Bombo Road|ADDRESS]], near the, eh, the Total petrol station, you can't miss it.""")

# 10 Tanzania - hospice nurse, Moshi
T.append("""AI: Habari, and thank you for joining. Could you tell me a little about yourself?

User: Nzuri, thank you. My name is [[Neema Lyimo|PERSON]], [[L-Y-I-M-O|PERSON|spelled_out]]. I am a [[palliative care nurse|JOB_TITLE]], and, eh, [[nurse in-charge|JOB_TITLE]] for home-based care at [[Faraja Hospice|ORGANIZATION]], in [[Moshi|CITY]], at the foot of Kilimanjaro. I trained at [[KCMUCo|SCHOOL]], [[Kilimanjaro Christian Medical University College|SCHOOL]], finished my diploma in, eh, [[twenty ten|DATE]] and the degree in [[twenty seventeen|DATE]]. I am [[forty-one|AGE]] years old. I have worked at the hospice since [[twenty eighteen|DATE]].

AI: Thank you, [[Neema|PERSON]]. What does your work look like?

User: We have, eh, maybe one hundred and twenty patients on the home-based programme at one time. Cancer mostly, also advanced HIV, heart failure. We go by motorbike or the hospice car to villages, [[Uru|CITY]], [[Kibosho|CITY]], very hilly. Pain control is the biggest part, oral morphine, and also, eh, talking with families about dying, which in our culture is not easy to say directly. And records. Everything is paper at the homes, then in the office we enter into [[Excel|SOFTWARE]], and the hospital side uses [[GoT-HoMIS|SOFTWARE]].

AI: Where does AI fit into this, if at all?

User: It is small, but growing. Our coordinator, Sister [[Agnes Massawe|PERSON]], she went to a palliative care conference in [[Kampala|CITY]] in [[August twenty twenty-three|DATE]] and came back, eh, very excited about [[ChatGPT|AI_PRODUCT]]. So she asked me and Dr. [[Mushi|PERSON]], eh, Dr. [[Emmanuel Mushi|PERSON]], to try it for training materials. We made a morphine dosing guide for the community volunteers, in Swahili. The AI did the first draft in English, then we translated, because its Swahili was, eh, a bit like Kenyan Swahili, not how people here speak. Funny words. And Dr. [[Mushi|PERSON]] checked every dose against the national guideline.

AI: Do you use it with patients at all?

User: No, no. Not directly. But, eh, I use it for myself, for the hard conversations. Sometimes before visiting a family where, eh, a young mother is dying and the children don't know, I ask it, "how do you explain death to a child of seven", and I get some ideas. Then I make it, eh, our way, with prayer, because most families are Christian or Muslim here. The AI doesn't know how to sit with someone. That is our job.

AI: What worries you most about these tools?

User: Eh, I think the, the confidence. It sounds so sure. One of our volunteers, [[Baraka|PERSON]], asked it about morphine and constipation and it gave him a laxative name that we don't even have in [[Tanzania|COUNTRY]]. He almost told the family to go and buy it. So we teach: ask [[the nurse|GENERIC_ROLE]] first. And also electricity and network in the villages. Also I heard our former minister [[Ummy Mwalimu|PUBLIC_FIGURE]] speaking about digital health and I hope they remember palliative care, because we are always the last in the budget.

AI: Asante sana, [[Neema|PERSON]]. How can we reach you if needed?

User: Karibu. My email, [[neema.lyimo@farajahospice.or.tz|EMAIL_ADDRESS]]. My phone, I will say it in Swahili and English, eh, [[sifuri saba tano nne, two two one, nane nane sita|OBF_PHONE|digits_as_words_mixed_language]]. And my nursing council registration is [[TNMC RN 41827|NATIONAL_ID]]. The hospice is on [[Kaloleni Road|ADDRESS]], near the Lutheran church.""")

# 11 Nigeria - school counsellor, Ibadan
T.append("""AI: Good evening, and thank you for making time after school. Could you introduce yourself?

User: Good evening o. Thank you. I'm [[Oluwaseun Adebayo-Okafor|PERSON]], [[Adebayo|PERSON]] is my maiden name, [[Okafor|PERSON]] is my husband's. Most people just call me [[Seun|PERSON|nickname]], or Mrs. [[Okafor|PERSON]] at school. I'm the [[head of guidance and counselling|JOB_TITLE]] at [[Greenfield Heights College|SCHOOL]], it's a private secondary school in [[Bodija|CITY]], [[Ibadan|CITY]]. I've been there since, em, [[September twenty seventeen|DATE]]. I have an M.Ed. in guidance and counselling from [[University of Ibadan|SCHOOL]], UI. And I'm [[thirty-six|AGE]].

AI: Thank you, [[Seun|PERSON]]. What does counselling look like at your school?

User: Ah, it's everything. Academic counselling, career guidance for SS3 students choosing courses for JAMB, then, em, the personal side. Exam anxiety, family problems, bullying, some of them are dealing with, with parents who've travelled, you know, japa, and they're living with aunties. I have about six hundred students and it's just me and one assistant, Mr. [[Ekanem|PERSON]], em, [[Udeme Ekanem|PERSON]]. He's new, he joined in [[January|DATE]].

AI: Where does AI come into your work?

User: Em, first for career guidance. Because the students come and say, "Ma, I want to study computer science", and they don't know, em, the subject combinations, the cut-off marks, what universities. So I use [[ChatGPT|AI_PRODUCT]] to make handouts, comparisons, things like that. But I must check, because it mixes up Nigerian requirements with, like, [[UK|COUNTRY]] requirements, A-levels and all. Second, I use [[Claude|AI_PRODUCT]] to draft, em, parent letters and the termly report to [[the principal|GENERIC_ROLE]]. Our principal, Dr. Mrs. [[Funmi Adeleke|PERSON]], she's very particular about English, so I draft, then polish.

AI: Do students use AI themselves?

User: Oh, plenty! They use it for assignments, which [[the teachers|GENERIC_ROLE]] are complaining about. But what surprised me, some of them are using it like a counsellor. One girl, SS2, I won't say her name, she showed me her conversation, she had been telling it about her parents fighting, for weeks. And it gave her, em, okay advice, it told her to talk to a trusted adult. And she came to me. So in a way it sent her to me! But I was sad she talked to a phone for weeks before a person. So now in the assembly [[on Mondays|GENERIC_TIME]] I tell them, use it if you want, but my door is open. Room 4, beside the library.

AI: How do you handle confidentiality with these tools?

User: Very strict. I never put a student's name or, or details into any AI. The case notes are in a locked cabinet, honestly, paper. The school uses [[Google Classroom|SOFTWARE]] and a [[WhatsApp|SOFTWARE]] group for parents but counselling notes don't go there. I read an interview with [[Chimamanda Ngozi Adichie|PUBLIC_FIGURE]] about how stories belong to the person, and I think about that, these children's stories belong to them, not to a company in [[America|COUNTRY]].

AI: Thank you so much, [[Seun|PERSON]]. If we need to follow up, how can we reach you?

User: You can email me, [[seun.okafor at yahoo dot com|OBF_EMAIL|spelled_at_dot]], or, em, phone, [[zero eight zero three, double four five, one two seven, nine|OBF_PHONE|digits_as_words]]. My TRCN number, the Teachers Registration Council, is [[TRCN/OY/2017/48812|NATIONAL_ID]], if you need it for verification. Thank you, God bless.""")

# 12 Ghana - community health nurse, Kumasi
T.append("""AI: Hello, good afternoon. Thanks for joining. Can you introduce yourself?

User: Good afternoon. My name is [[Abena Owusu-Ansah|PERSON]]. At the CHPS compound they call me Nurse [[Abena|PERSON]], and the small children call me Auntie [[Abby|PERSON|nickname]]. I'm a [[community health nurse|JOB_TITLE]] with the [[Ghana Health Service|ORGANIZATION]], posted to the [[Suame|CITY]] sub-district in [[Kumasi|CITY]]. I trained at the [[Community Health Nurses' Training School, Kokofu|SCHOOL]], and I've been working since, eh, [[October twenty sixteen|DATE]]. I'm [[thirty-three|AGE]].

AI: Thanks, [[Abena|PERSON]]. What does your usual week look like?

User: Em, Monday and Tuesday, child welfare clinic, weighing, immunisation. Wednesday, home visits. Thursday we go to the schools, Friday is for reports. Oh, and antenatal, family planning, in between. We enter data in [[DHIMS2|SOFTWARE]], and also, em, we have the e-tracker on the tablets. My in-charge is Madam [[Gifty|PERSON]], sorry, Madam [[Gifty Asare|PERSON]], she's the senior, she's been there twenty years.

AI: Where does AI come in for you?

User: Em, mostly on my phone. I use [[ChatGPT|AI_PRODUCT]], the free one. At first it was for my, em, my top-up degree, I'm doing a BSc in public health at [[KNUST|SCHOOL]] on weekends, since [[January twenty twenty-four|DATE]]. Then I started using it for health talks. Like, for the Thursday school visits, I ask it to help me prepare a talk on menstrual hygiene for JHS girls, simple English, with questions. Then I translate to Twi myself when I'm talking. It cannot really do Twi well. It tries but the children will laugh at you. And the other thing, em, the monthly report. The district wants it in a particular format, with the tables and the narrative, so I paste only the numbers, no names, and ask it to arrange the narrative part. That one it does well. It saves me maybe two hours on the Friday, and I can go home to my son before it's dark.

AI: Has it ever given you information you disagreed with?

User: Yes. Once I asked it about the malaria vaccine schedule, and it gave me the old one, from before they added it to our routine schedule in [[Ghana|COUNTRY]]. So now I always cross-check with the GHS guidelines or I call [[Kwame|PERSON]], he's the disease control officer for the sub-district. He knows everything. He laughs at me, he says, "[[Abby|PERSON|nickname]], you trust that machine more than me." I say, no, the machine is free at night, you are not!

AI: That's funny. Are there privacy concerns in your team?

User: Yes, em, [[last month|GENERIC_TIME]] there was a small meeting at the district about it. [[The district director|GENERIC_ROLE]] said don't put patients' names, folder numbers, anything into these tools. Because, you know, in a community like [[Suame|CITY]], people know each other. If somebody's HIV status leaks, it's a disaster for that family. So we use it only for general things. I think that's correct. My colleague [[Efua Mensah|PERSON]] doesn't use it at all, she says her phone is already too full of [[WhatsApp|SOFTWARE]] videos from her mother, ha.

AI: Thank you, [[Abena|PERSON]]. How can we reach you?

User: Em, my number is [[zero two four, double five, six eight, nine one four three|OBF_PHONE|digits_as_words]], it's MTN. Email is [[abena . owusuansah @ gmail . com|OBF_EMAIL|spaced_symbols]], with no hyphen. And if you want, my national ID card number, [[GHA-719204338-6|NATIONAL_ID]]. Thank you, it was nice talking.""")

# 13 India - lab technician, Chennai
T.append("""AI: Hello, thank you for joining. Could you tell me your name and about your work?

User: Hello, hello, yes. Myself [[Karthik Subramanian|PERSON]], but in lab everyone calls [[Karthi|PERSON|nickname]]. I am working as [[senior lab technician|JOB_TITLE]] in [[Sri Venkatesa Diagnostics|ORGANIZATION]], the main branch in [[Velachery|CITY]], [[Chennai|CITY]]. I did DMLT first and then B.Sc. MLT from [[Sri Ramachandra|SCHOOL]], passed out in, uh, [[twenty seventeen|DATE]]. Age is [[twenty-eight|AGE]], [[twenty-nine|AGE]] this, uh, this [[December|DATE]].

AI: Thanks, [[Karthi|PERSON]]. What does a normal day look like in the lab?

User: Morning is full rush, sir, madam, sorry, I don't know how to address. Home collection samples are coming from [[six a.m.|GENERIC_TIME]], our phlebotomy boys go on bikes to [[Adyar|CITY]], [[Madipakkam|CITY]], all over. Then biochemistry analyser, thyroid, HbA1c, lipid, lot of diabetes work, then by twelve the reports must go. Our LIS, the software, is [[CrelioHealth|SOFTWARE]], reports go to patient on [[WhatsApp|SOFTWARE]] as PDF automatically.

AI: And how does AI come into that?

User: Okay, so, two, three ways. One is the software itself, it has some, uh, some flagging, like delta check, if a patient's value is very different from last time, it warns. I don't know if that's proper AI or just rule, but management calls it AI in the brochure, ha. Second is me personally. I use [[ChatGPT|AI_PRODUCT]] and [[Gemini|AI_PRODUCT]] for, uh, for understanding interferences, like why potassium is high in a haemolysed sample, things like that, for training the juniors. We have three juniors, freshers, and I am, like, their trainer also. And third, our lab manager, [[Meena|PERSON]] akka, she used it to prepare for NABL audit, the accreditation. She made all the SOP documents format same using it. It took one week instead of one month. But, actually, one small funny thing happened. In one SOP it wrote a reference range for, uh, vitamin D that was from some US lab, not our kit's range. And the auditor caught it. Dr. [[Raghavan|PERSON]], our pathologist, he was not happy, he told us, "Whatever machine writes, you are signing, not machine." So now every SOP Dr. [[Raghavan|PERSON]] himself reads. Fair point, no?

AI: Fair point indeed. What about patients? Do they ask about AI?

User: Patients are now coming with [[ChatGPT|AI_PRODUCT]] printouts! Really. They take the report, put in [[ChatGPT|AI_PRODUCT]], and come to counter asking "it says my liver is damaged". Because SGPT is little high. Our front office girl, [[Divya|PERSON]], she gets so many calls. So we are thinking to put a small note on the report, like, please consult your doctor, don't panic. Even my own appa, my father, he's retired from [[TNEB|ORGANIZATION]], he did the same thing with his kidney report! I told him, appa, I am the lab person, ask me.

AI: Ha. Do you worry about AI replacing lab work?

User: Some automation, yes, the analysers are already doing most. But somebody has to check the sample, the clot, the haemolysis, calibrate, QC [[every morning|GENERIC_TIME]]. Machine can't go and, uh, scold the phlebotomist for wrong tube. Ha. I watch some YouTube, [[Sundar Pichai|PUBLIC_FIGURE]] talking about AI in health, he is also from [[Chennai|CITY]] only, so everyone here is proud. But in the lab, ground reality is different.

AI: Thank you, [[Karthi|PERSON]]. How can we contact you?

User: Mail id is [[karthik dot s nineteen ninety six at gmail dot com|OBF_EMAIL|spelled_at_dot]], all small letters. Mobile, [[nine eight four, double four, seven one, triple two|OBF_PHONE|digits_as_words]]. Also I am on LinkedIn, [[linkedin.com/in/karthik-mlt-chennai|URL]]. Thank you, thank you.""")

# 14 Pakistan - lady health supervisor, Rawalpindi
T.append("""AI: Assalam-o-alaikum, and thank you for speaking with us. Could you please introduce yourself?

User: Walaikum assalam. Ji, my name is [[Rukhsana Tariq|PERSON]]. In my area everybody calls me Baji [[Rukhsana|PERSON]], or just Baji. I am [[Lady Health Supervisor|JOB_TITLE]], before I was Lady Health Worker for fourteen years, then supervisor from, ah, [[twenty nineteen|DATE]], no, [[twenty eighteen|DATE]], end of [[twenty eighteen|DATE]]. I work under the [[Punjab Health Department|ORGANIZATION]], the LHW programme, attached with [[BHU Dhok Hassu|ORGANIZATION]], in [[Rawalpindi|CITY]]. I supervise twenty-two LHWs. My age is [[forty-nine|AGE]]. My son is typing the hard words in the chat for me, [[Hamza|PERSON]], say salaam.

AI: Salaam, [[Hamza|PERSON]]! Thank you both. [[Rukhsana|PERSON]] ji, what does your work involve?

User: Ji, each LHW has around one thousand population, houses, and they visit, family planning, polio, vaccination, mother and child. I go with them, check their registers, see the problems. [[Every month|GENERIC_TIME]] we have meeting at the BHU with Dr. [[Imran Qureshi|PERSON]], [[the medical officer|GENERIC_ROLE]]. And now the reports are going on mobile, there is an app, LHW MIS, before all was paper. My eyes are weak, so, ah, small screen is difficult for me.

AI: Where does AI come in, if at all?

User: Ji, this is interesting. [[Hamza|PERSON]], he's in second year at [[NUST|SCHOOL]], computer science, he showed me [[ChatGPT|AI_PRODUCT]] in Urdu. You can talk in Urdu and it answers in Urdu! I was very surprised. So now when I have to make, ah, the training for new LHWs, like on danger signs in pregnancy, I tell it in Urdu and it makes points. Then I check with my books and with Dr. Sahib. Also, ah, for letters to the district office, in English, it helps a lot, because my English is, you can hear, not so good. One LHW, [[Shazia Parveen|PERSON]], very young, she uses it even more, she makes the posters, for the polio campaign, with pictures.

AI: Are there any problems you've noticed?

User: Ji, some. Sometimes it says things which are not matching our guidelines. Like for family planning, it told something about an injection interval that was different, so I told all my LHWs, don't give advice from the phone, only from training. And, ah, the community, some men are suspicious already of LHWs, because of polio rumours, so if they see us using some foreign machine, they will think worse. We are careful. And one thing, ah, privacy, I never write any woman's name, any house number, nothing. These are our sisters, their matters are private. Sometimes I see on television they are saying [[Pakistan|COUNTRY]] will use AI for everything, I think first give our LHWs their salary on time. Ha. Three months it was late last year.

AI: Thank you, [[Rukhsana|PERSON]] ji. How can we reach you if we have more questions?

User: Ji, [[Hamza|PERSON]] will tell, he manages. ... Okay, he says my number is [[0300-5 12 48 73|OBF_PHONE|irregular_spacing]], and the email he made for me is [[rukhsana.tariq1976 at gmail dot com|OBF_EMAIL|spelled_at_dot]]. He also says I should give CNIC if you need for honorarium, it is [[37405-6612893-4|NATIONAL_ID]]. Our house is in [[Dhok Hassu|CITY]], [[Street 9, Mohalla Faisalabad|ADDRESS]], near the masjid. Allah Hafiz.""")

# 15 Sri Lanka - hospice nurse, Kandy
T.append("""AI: Ayubowan, and thanks very much for your time. Could you introduce yourself?

User: Ayubowan. Thank you for inviting. I am [[Dilrukshi Wickramasinghe|PERSON]]. It's a long name, so, ah, [[W-I-C-K-R-A-M-A-S-I-N-G-H-E|PERSON|spelled_out]]. Colleagues call me [[Dilu|PERSON|nickname]]. I'm a [[nursing officer|JOB_TITLE]], and I work at [[Shantha Sevana Hospice|ORGANIZATION]], in [[Peradeniya|CITY]], close to [[Kandy|CITY]]. Before that I was at the teaching hospital for nine years. I got my BSc nursing from [[University of Peradeniya|SCHOOL]] in [[two thousand twelve|DATE]]. I am [[forty-three|AGE]].

AI: Thank you, [[Dilu|PERSON]]. How have you come across AI in hospice care?

User: Ah, to be honest, slowly. Our medical officer, Dr. [[Ruwan Fernando|PERSON]], he is very interested in technology, in, I think, [[June twenty twenty-four|DATE]], he made a small group of us try [[ChatGPT|AI_PRODUCT]] and [[Gemini|AI_PRODUCT]] to prepare family information leaflets. In Sinhala and Tamil also, because [[Kandy|CITY]] area we have both communities. The Sinhala was, ah, understandable but not natural. Our chaplain, Father [[Anton|PERSON]], he is Tamil, he checked the Tamil version and he said it sounds like a government circular, ha. So we rewrote.

AI: What else do you use it for?

User: I use it to prepare myself. For example, sometimes a family asks, "why is she not eating, are you starving her?" That is a very common worry at end of life. And I know the answer, but how to say it gently, in simple words, I ask the AI to give me some ways to explain. Then I practise. Also for my, ah, my diploma in palliative care, online from [[Colombo|CITY]], assignments, I use it for structure. My supervisor Sister [[Chamari|PERSON]] is not very happy, she says nurses should read the books. She is partly right.

AI: Have there been any concerns in your team about it?

User: Yes, there was one discussion. [[A junior nurse|GENERIC_ROLE]] had typed a patient's full history in it, with name and age and the diagnosis, to get help for the care plan. Dr. [[Fernando|PERSON]] was very upset, he stopped everything for one week and made a guideline. Now no patient data at all, and all patient records stay in [[HHIMS|SOFTWARE]] only. Also the families, many are poor, some are from estate areas, they trust the nurse, the face. If we hand them a paper made by computer, it's not same as sitting and holding the hand. Hospice is about presence.

AI: That's very well put. Do you see AI becoming more important in your work?

User: Maybe in paperwork. We have so many forms, drug registers for morphine, Ministry returns. If something can help with that, good. But, ah, the power cuts and the internet, in hill country it's not reliable. And our budget is from donations mainly, so new systems, very difficult. I saw [[Kumar Sangakkara|PUBLIC_FIGURE]] speaking once about giving back to the community, and I thought, if such people support hospices, we can buy morphine and also computers, ha.

AI: Thank you, [[Dilu|PERSON]]. How can we contact you?

User: My email, [[dilu.wick82 [at] yahoo [dot] com|OBF_EMAIL|bracket_at_dot]]. And my phone, [[zero seven seven, one two three, four five, nine eight|OBF_PHONE|digits_as_words]] – no, sorry, wrong, [[zero seven seven, one two three, five four, nine eight|OBF_PHONE|digits_as_words]]. Yes, that is correct. My SLNC registration number is [[SLNC 28411|NATIONAL_ID]], if needed.""")

# 16 Philippines - medical technologist, Cebu City
T.append("""AI: Hi, good morning! Thanks for joining. Can you tell me a bit about yourself?

User: Hi, good morning po! So, I'm [[Jerome Villanueva|PERSON]], but, uh, everyone calls me [[Jeboy|PERSON|nickname]], since high school pa. I'm a [[registered medical technologist|JOB_TITLE]], currently [[chief medtech|JOB_TITLE]] at [[Mabolo Family Diagnostic Center|ORGANIZATION]] here in [[Mabolo|CITY]], [[Cebu City|CITY]]. I graduated from [[University of San Carlos|SCHOOL]], USC, in [[twenty sixteen|DATE]], passed the board in [[August twenty sixteen|DATE]]. I'm [[thirty|AGE]], just turned [[thirty|AGE]] last, uh, [[February fourteen|DATE]], yes, Valentine's baby, ha.

AI: Happy belated birthday, [[Jerome|PERSON]]! So how does AI come into your lab work?

User: Thank you po! Okay, so, hmm. Honestly it's mostly me and my staff using it on our own, not, like, the company system. Our LIS is just basic, it's a local one. But, uh, for example, when we had the DOH inspection for our license renewal last [[March|DATE]], I used [[ChatGPT|AI_PRODUCT]] to help me, like, organize our QC documents, make the checklist. And then for training the new staff, I ask [[Gemini|AI_PRODUCT]] to make quiz questions, like for blood smear, urinalysis. Ate [[Rhea|PERSON]], she's our senior, she's like forty-something already, she was like, "[[Jeboy|PERSON|nickname]], baka mali 'yan," maybe it's wrong, and, yeah, sometimes it is wrong, so we check with the Henry's, the textbook. Ay, sorry, anyway.

AI: Ha, no problem. What about patients, do they bring AI into it?

User: Oh, yes! So many. Patients, they get their results in [[Messenger|SOFTWARE]] or [[Viber|SOFTWARE]], then they ask [[Meta AI|AI_PRODUCT]] or [[ChatGPT|AI_PRODUCT]] what it means, then they message our page, "Sir, is my creatinine high, am I going to die?" Ha, like that. Our receptionist [[Kristine|PERSON]], she forwards to me. And legally, we're not supposed to interpret, we're not doctors, so I just say, please consult [[your physician|GENERIC_ROLE]] po. But I feel bad. Sometimes they're from far, like from [[Lapu-Lapu|CITY]] or [[Talisay|CITY]], and they can't afford another consultation right away. So, uh, it's complicated.

AI: How do you feel about AI in the future of medtech?

User: Hmm. Excited and also scared, honestly. Because in the big hospitals in Manila, and all over [[Asia|CONTINENT]], they have automation already, even the microscopy, digital. And many of my batchmates, they went abroad, [[Saudi|COUNTRY]], the [[US|COUNTRY]], because the pay here is so low. Like, the salary of a medtech in a private lab here is around twenty thousand pesos a month. So if AI replaces jobs, that's more pressure. But also, if it does the boring parts, we can focus more. My boss, Sir [[Dante Ybañez|PERSON]], the owner, he says we'll buy a, uh, digital morphology machine in two years, if the money is there. I told him, Sir, raise our salaries muna, then buy robots. Ha. He laughed. Sort of.

AI: Ha, I can imagine. Is there anyone you look up to in how they talk about these things?

User: Hmm, I follow some doctors on TikTok. And I like, uh, [[Hidilyn Diaz|PUBLIC_FIGURE]], not for AI, ha, but she's from Zamboanga, she worked so hard with little support, and I think that's like the Filipino health worker, you know. Do your best even with nothing.

AI: That's lovely. Thanks, [[Jeboy|PERSON]]. How can we contact you after this?

User: Sure po! My email, I'll type it in the chat, it's [[jeboy.villanueva@gmаil.com|OBF_EMAIL|lookalike_letters]], and my mobile, Globe, is [[0917 ・ 482 ・ 3391|OBF_PHONE|separator_dots]]. You can also message me on Facebook, [[facebook.com/jeboy.mt.cebu|URL]]. And my PRC license number is [[0087412|NATIONAL_ID]], if you need it. Thank you po, God bless!""")

# 17 Vietnam - physiotherapist, Ho Chi Minh City
T.append("""AI: Xin chào, thank you for joining the interview. Could you please introduce yourself first?

User: Xin chào. Ah, my name is [[Nguyễn Thị Thu Hà|PERSON|vietnamese_diacritics]]. In English I write [[Nguyen Thi Thu Ha|PERSON|ascii_transliteration]], and foreigners call me [[Ha|PERSON]], just [[Ha|PERSON]], it's easy. My colleagues say chị [[Hà|PERSON]], because I'm older than most of them, ha. I'm a [[physiotherapist|JOB_TITLE]], in Vietnamese we say kỹ thuật viên vật lý trị liệu, at [[An Khang Rehabilitation Clinic|ORGANIZATION]], it's in [[District 3|CITY]], [[Ho Chi Minh City|CITY]]. I graduated from [[University of Medicine and Pharmacy at Ho Chi Minh City|SCHOOL]] in, um, [[twenty twelve|DATE]]. I'm [[thirty-five|AGE]], born in [[nineteen ninety|DATE]], Year of the Horse.

AI: Thank you, [[Ha|PERSON]]. What kind of patients do you see?

User: Mostly stroke patients, and, um, many office workers with neck and back pain, because everyone sits at computers all day now, and also motorbike accident patients, so many motorbike accidents in the city. Also some children with cerebral palsy on [[Saturday mornings|GENERIC_TIME]]. Our clinic is small, five physiotherapists and one doctor, Bác sĩ [[Trần Minh Tuấn|PERSON|vietnamese_diacritics]], he is the director. We communicate by [[Zalo|SOFTWARE]], everything is on [[Zalo|SOFTWARE]], the schedule, the patient messages, even the payment.

AI: Where do you use AI in your work?

User: Um, mainly for reading. Because most new research on physiotherapy is in English, and my English is okay but reading a long paper is slow for me. So I use [[ChatGPT|AI_PRODUCT]] to summarise articles in Vietnamese. For example, [[last month|GENERIC_TIME]] I was reading about, um, early mobilisation after stroke, and I asked it to explain the study design, and then I, um, I present it at our Friday meeting. Anh [[Tuấn|PERSON]], the doctor, he likes that, he says we are becoming an evidence-based clinic. Also I use it to make home exercise sheets in Vietnamese with simple words, for the older patients. Then my colleague chị [[Lan|PERSON]] checks, because sometimes the Vietnamese is, um, it sounds translated, too formal, like a textbook from the north.

AI: Have you had any bad experiences with it?

User: Yes, one time. I asked it about exercise for a patient with osteoporosis, not with name, just the condition, and it suggested some twisting exercise that is not safe for them, spinal flexion with rotation. I knew, so no problem, but a new graduate maybe doesn't know. So I tell the young ones, [[Phúc|PERSON]] and [[Vy|PERSON]], they are twenty-three, twenty-four, always check with the guideline, don't trust it one hundred percent. Also, um, my husband [[Khoa|PERSON]] is an engineer and he uses [[Copilot|AI_PRODUCT]] at his company, and he says even for code it makes mistakes, so for the human body, of course more careful.

AI: How do you see things developing in [[Vietnam|COUNTRY]]?

User: I think fast. [[Vietnam|COUNTRY]] is very, um, open to technology, young population. Some big hospitals are using AI for X-ray already. But rehabilitation is hands, it's touching, it's encouraging the patient when they cry because they cannot lift their arm after stroke. AI cannot hold the hand. I saw [[Quang Hải|PUBLIC_FIGURE]], the football player, he had injury and he did rehab, and in the interview he thanked his physio, not a machine, ha. That made me happy.

AI: That's a lovely example. Thank you, [[Ha|PERSON]]. How can we contact you if we have follow-up questions?

User: You can send email to [[thuha.pt90 at gmail dot com|OBF_EMAIL|spelled_at_dot]]. Or [[Zalo|SOFTWARE]], same as my phone number, I'll type it: [[０９０８ ５５１ ２７３|OBF_PHONE|fullwidth_digits]]. Sorry, my Vietnamese keyboard makes the numbers wide sometimes. The clinic address is [[112 Võ Văn Tần, Ward 6|ADDRESS]], [[District 3|CITY]]. Thank you so much.""")

# 18 Indonesia - school counsellor, Yogyakarta
T.append("""AI: Selamat siang, and thank you for joining. Could you tell me about yourself and your job?

User: Selamat siang. Yes, so, my name is [[Dewi Rahmawati|PERSON]], at school the students call me Bu [[Dewi|PERSON]], Bu is like, ehm, "Mrs." or "Madam". I am a [[guru BK|JOB_TITLE]], bimbingan konseling, so [[school counsellor|JOB_TITLE]], at [[SMA Tunas Harapan|SCHOOL]], it's a senior high school in [[Sleman|CITY]], near [[Yogyakarta|CITY]]. I studied at [[Universitas Negeri Yogyakarta|SCHOOL]], UNY, the guidance and counselling programme, graduated, ehm, [[twenty eight|DATE]], sorry, [[two thousand eight|DATE]]. So now I'm, ehm, [[forty|AGE]], [[forty|AGE]] years old.

AI: Thank you, Bu [[Dewi|PERSON]]. How does AI come into your counselling work?

User: Ehm, first, the students. They use [[ChatGPT|AI_PRODUCT]] and [[Gemini|AI_PRODUCT]] for everything, homework, essays, even, ehm, for love problems, ha. So in my class, because counsellors also have class hours, I teach about digital wellbeing, like how to use AI wisely. I made a lesson where they ask the AI for advice about a problem, like stress before UTBK, the university entrance test, and then we discuss together, is this advice good, what's missing. The students like it very much. My colleague, Pak [[Bambang Sutrisno|PERSON]], he teaches informatics, we made the lesson together in [[October twenty twenty-four|DATE]].

AI: And for your own work, outside the classroom?

User: For the administration, yes. The government, the ministry, they want many reports, the program tahunan, program semester, and the AKPD, the needs assessment. It's a lot of documents. I use [[ChatGPT|AI_PRODUCT]] to help make the format, and [[Canva|SOFTWARE]] for the posters about bullying. But for student cases, the counselling notes, ehm, no, never. Those stay in my notebook and in the locked cupboard. Our principal, Pak [[Hendra|PERSON]], he made a rule after a, ehm, a problem at another school in [[Jogja|CITY]] where data leaked. And I agree. In Islam also, we say keeping a secret is amanah, a trust.

AI: Have you seen any harm from students using AI for personal problems?

User: Ehm, yes and no. One student, a girl in kelas sebelas, I will not say the name, she was talking to a chatbot, not [[ChatGPT|AI_PRODUCT]], some other app, like a "boyfriend" app, every night, and her grades went down, and her mother came to me crying. So we worked together, me, the mother, [[the homeroom teacher|GENERIC_ROLE]], Mbak [[Sari|PERSON]]. It took two months. The AI was, ehm, always available and always nice, and real friends are not like that. So for teenagers it can be dangerous. But also some students say the AI helped them be brave to come to my room. So, both.

AI: What would you like policymakers to know?

User: Ehm, I remember when [[Nadiem Makarim|PUBLIC_FIGURE]] was the minister, he talked a lot about technology in schools, Merdeka Belajar. Good ideas, but in the regions, many schools don't even have good wifi. And counsellors, ehm, one counsellor for maybe one hundred fifty students is the rule, but in my school I have three hundred twenty. AI cannot fix that ratio. They should hire more counsellors.

AI: Thank you very much, Bu [[Dewi|PERSON]]. How can we reach you?

User: My email is [[dewi.rahma84 [at] gmail.com|OBF_EMAIL|bracket_at]]. WhatsApp, [[0812.2741.0096|OBF_PHONE|dotted_digits]]. And if you need, for the certificate or honorarium, my NIP is [[198405172009022003|NATIONAL_ID]]. Terima kasih, thank you.""")

# 19 Brazil - community health agent, Belo Horizonte
T.append("""AI: Olá, boa tarde! Thank you for joining us. Could you introduce yourself?

User: Boa tarde! Ai, my English is, is so-so, okay? I try. My name is [[Maria Aparecida dos Santos|PERSON]], but nobody calls me that, only the bank. Everybody say [[Cida|PERSON|nickname]]. I am [[agente comunitária de saúde|JOB_TITLE]], community health agent, at the [[UBS Cafezal|ORGANIZATION]], the health post, in the [[Aglomerado da Serra|CITY]], in [[Belo Horizonte|CITY]]. I work there since, ah, two thousand and... [[two thousand and five|DATE]]. Twenty years! I am [[fifty-five|AGE]], fifty-six in [[November|DATE]].

AI: Twenty years, that's wonderful, [[Cida|PERSON]]. What does your day look like?

User: I walk, walk, walk! Ha. The morro, the hill, is very steep. I have, ah, about one hundred eighty families in my micro-area. I visit, I check the hipertensos, the diabetics, the pregnant women, the babies' vaccine card, the bedridden old people. Then I register everything in the tablet, in [[e-SUS|SOFTWARE]]. Then I talk with [[the nurse|GENERIC_ROLE]] of my team, enfermeira [[Juliana|PERSON]], [[Juliana Prates|PERSON]], she is very good, very young, she could be my daughter.

AI: Where does AI come into your work?

User: Ah, this is new. My grandson, [[Davi|PERSON]], he is twelve, he put the [[ChatGPT|AI_PRODUCT]] in my phone. And I use it with voice, in Portuguese. For example, when a patient ask me something I don't know, like, "[[Cida|PERSON|nickname]], can I take this remedy for pressure with the tea of chuchu?", I ask the [[ChatGPT|AI_PRODUCT]] before I answer. But I learned, you need to ask [[the nurse|GENERIC_ROLE]] also. One time it said something about the insulin, how to keep in the refrigerator, that was different from what [[Juliana|PERSON]] teach us, so now I always ask her. The phone is, how you say, a help, not the boss.

AI: Does the health post have any rules about this?

User: Not a rule written, but in the team meeting, [[on Thursdays|GENERIC_TIME]], the doctor, Dr. [[Rodrigo|PERSON]], he talked about it. He said, don't put the names of patients, the CPF, the address, nothing in these apps. Because, you know, in the community everybody knows everybody. If I write that Dona [[Lourdes|PERSON]] has HIV, no, I'm just giving example, please, if that goes out, it's terrible. So I only ask general questions. Also, ah, for the [[WhatsApp|SOFTWARE]] groups, we use it a lot with the families, to remind of appointments. And sometimes I use the AI to write the message nice, with emoji, so the young people read it. Ha!

AI: How do you feel about AI in the SUS in the future?

User: Hmm. I am a little afraid, to be honest. I heard on the television the minister, ah, [[Nísia Trindade|PUBLIC_FIGURE]], before, and now the new one, they talk about digital health, telemedicine. That's good for the people far away. But the ACS, our job is to knock on the door. To know that the senhor in number 40 lives alone and his daughter moved to [[São Paulo|CITY]]. The computer doesn't know this. I know. If they think an app can replace the agente, the people will suffer.

AI: Thank you so much, [[Cida|PERSON]]. How can we reach you later?

User: Okay, my email, my grandson made, is [[cida ponto santos arroba gmail ponto com|OBF_EMAIL|spelled_at_dot_portuguese]]. Ponto is dot, arroba is the at, you understand? And my phone, [[WhatsApp|SOFTWARE]], is [[três um, nove, nove oito, sete dois, quatro quatro, um cinco|OBF_PHONE|digits_as_words_portuguese]]. If you need for the payment, my CPF is [[482.317.906-15|NATIONAL_ID]]. Beijos, obrigada!""")

# 20 Argentina - nurse in a residential care home, Rosario
T.append("""AI: Hola, hi, thanks for joining. Could you introduce yourself and your work?

User: Hola, sí, hi! I'm [[Santiago Ferreyra|PERSON]], [[Ferreyra|PERSON]] with Y, [[F-E-R-R-E-Y-R-A|PERSON|spelled_out]]. Everybody says [[Santi|PERSON|nickname]]. I'm a [[nurse|JOB_TITLE]], enfermero, I'm the [[head nurse|JOB_TITLE]] at [[Residencia Los Aromos|ORGANIZATION]], it's a, how do you say, geriátrico, a care home for older people, in the barrio [[Echesortu|CITY]], in [[Rosario|CITY]]. I studied at the [[Universidad Nacional de Rosario|SCHOOL]], the licenciatura in nursing, finished in, eh, [[two thousand fifteen|DATE]], no, [[sixteen|DATE]], sorry, [[March two thousand sixteen|DATE]]. And I'm [[thirty-three|AGE]].

AI: Thanks, [[Santi|PERSON]]. Tell me a little about the residence.

User: Sure. We have forty-two residents, many with dementia, some bedridden, some very independent, they play truco [[all afternoon|GENERIC_TIME]], ha. I coordinate the nurses and the cuidadoras, the caregivers, there's, eh, twelve of us on the rotation. The owner is Dr. [[Blumenthal|PERSON]], [[Ariel Blumenthal|PERSON]], he's a geriatrician, he comes [[twice a week|GENERIC_TIME]]. Charting is, honestly, half paper, half [[Excel|SOFTWARE]]. We don't have a proper system. The medication sheets are paper.

AI: So where does AI come in?

User: Ah, okay. So this started because of [[Graciela|PERSON]]. She's one of our cuidadoras, she's sixty, she's been there forever, and her granddaughter showed her [[ChatGPT|AI_PRODUCT]]. And [[Graciela|PERSON]], no, I mean, she started to ask it things about the residents' diseases, to understand better, like "what is Parkinson's, why does Don [[Héctor|PERSON]] shake". And she came to me so excited, "[[Santi|PERSON|nickname]], look, it explains better than you!" Ha! And I thought, okay, maybe we can use this for training. So I made, with [[Gemini|AI_PRODUCT]], small training cards for the caregivers, about pressure ulcers, about how to feed someone with dysphagia safely, in simple Spanish. Then I checked everything, of course.

AI: Were there problems with the content?

User: Some, yes. For example, it used words from Spain, like "ordenador" and "vale", nobody here talks like that, so I change to our Spanish, rioplatense. And once, with the thickener for liquids, it gave a consistency that was not the one [[the speech therapist|GENERIC_ROLE]], [[Valeria|PERSON]], recommended for our residents. So she checked all the dysphagia cards after that. I think it's a good starting point, not the final word.

AI: How about privacy and the families?

User: Yeah, so, I'm very careful. No names, no DNI, nothing about residents in the AI. But the families, they use it. One son, he came with a printout saying his mother should have some supplement, and I had to explain, with Dr. [[Blumenthal|PERSON]], why not. That's new, families coming with AI answers. Also, you know, I'm from [[Rosario|CITY]], [[Messi|PUBLIC_FIGURE]]'s city, and one resident asked the AI to write a poem about [[Messi|PUBLIC_FIGURE]] for her birthday. That was the best use, honestly. She cried.

AI: That's wonderful. Thanks so much, [[Santi|PERSON]]. How can we contact you?

User: Mi mail, my email, is [[santi.ferreyra arroba hotmail punto com punto ar|OBF_EMAIL|spelled_at_dot_spanish]]. My cell is [[341 15 5 6 7 8 2 1 4|OBF_PHONE|spaced_digits]], that's with the 15 we use here. And my DNI, if you need for the form, is [[35.118.427|NATIONAL_ID]]. Also my matrícula, the nursing license, is [[MP 8734|NATIONAL_ID]]. Chau, thanks!""")

# 21 Spain - speech and language therapist, Valencia
T.append("""AI: Hola, good morning, and thanks for being here. Could you start by introducing yourself?

User: Hola, buenos días. Vale, so, I'm [[Lucía Martínez Ortega|PERSON]], two surnames, like in [[Spain|COUNTRY]] we have, so [[Martínez|PERSON]] from my dad and [[Ortega|PERSON]] from my mum, but at work it's just [[Lucía|PERSON]], or the kids say "la [[Lu|PERSON|nickname]]", ha. I'm a [[logopeda|JOB_TITLE]], a [[speech and language therapist|JOB_TITLE]], at the [[CEE Els Tarongers|SCHOOL]], it's a, um, a special education school, public, in [[Russafa|CITY]], in [[Valencia|CITY]]. I've been there since [[September twenty twenty-one|DATE]]. I studied logopedia at the [[Universitat de València|SCHOOL]], and I'm [[twenty-nine|AGE]], thirty in, um, in [[Fallas|DATE|festival_date]], so [[March|DATE]], ha, in the middle of all the fireworks.

AI: Thank you, [[Lucía|PERSON]]. Tell me about the students you work with.

User: So, um, they are between six and twenty-one, with different needs, many with autism, some with cerebral palsy, some with Down syndrome, a few with no oral language at all. So a big part of my job is AAC, augmentative and alternative communication. We use pictograms from [[ARASAAC|SOFTWARE]], which is, um, a public resource from Aragón, amazing, and communication devices, tablets with [[Grid 3|SOFTWARE]]. And I work with [[the teachers|GENERIC_ROLE]], like [[Pepa|PERSON]], she's the tutora of the older group, and [[Jordi Climent|PERSON]], he's the PT teacher, pedagogía terapéutica, special needs teacher.

AI: And how does AI come into this work?

User: Um, okay, in a few ways. The most useful is making materials. So, before, to make a social story, like "we are going to the dentist", with pictograms, in Spanish and Valencian, it was one hour, two hours. Now I ask [[Claude|AI_PRODUCT]] to write the simple text in both languages, very short sentences, and then I put the pictograms myself. It's much faster. The Valencian is, um, sometimes a bit Catalan from Barcelona, not from here, so [[Jordi|PERSON]] corrects it, he's very, very Valencian, ha. And I use [[ChatGPT|AI_PRODUCT]] sometimes to brainstorm activities, like, give me ten games to work on the /r/ sound with an eight-year-old who loves dinosaurs. It's good for ideas.

AI: Do any students interact with AI directly?

User: Um, a little bit, and this is the part I find interesting and also a bit, eh, delicate. One of our students, a boy, I'll call him [[Marc|PERSON]], he uses an AAC device and we tried, with his family's permission, a feature where the device predicts the next words. It uses AI, prediction. And it was amazing for speed, but also, um, sometimes it puts words in his mouth, you know? It predicts what a typical person would say, not what [[Marc|PERSON]] wants to say. So I had to talk with his mother, [[Amparo|PERSON]], about that. We decided to keep it but to turn down the prediction. The voice is his, not the machine's.

AI: That's a really important point. What about the admin side?

User: Ah, the reports, informes, so many! The Conselleria asks for lots of documents. I use [[Copilot|AI_PRODUCT]] in the [[Teams|SOFTWARE]] account the school has, to help with structure, but never with the names or diagnosis of the kids. Our director, [[Begoña|PERSON]], was clear. Also there was a talk from the Conselleria in [[January|DATE]] about data protection, and they said, nothing personal in public AI tools. Which is correct. Also I saw [[Rafa Nadal|PUBLIC_FIGURE]] in an interview talking about his foundation working with children, and I thought, ojalá, someone funds AAC devices, because they're so expensive and families wait years.

AI: Thanks very much, [[Lucía|PERSON]]. How can we get in touch?

User: Claro. My email is [[lucia punto mtz arroba gmail punto com|OBF_EMAIL|spelled_at_dot_spanish]], with "mtz" like [[Martínez|PERSON]] short. Phone, [[seis uno dos, cuatro cuatro ocho, tres cero uno|OBF_PHONE|digits_as_words_spanish]]. Oh, and my colegiado number, from the Colegio de Logopedas, is [[CV-46-1187|NATIONAL_ID]]. Un abrazo!""")

# 22 Italy - social care worker (OSS) in a nursing home, Bologna
T.append("""AI: Buongiorno, and thank you for taking part. Could you introduce yourself?

User: Buongiorno! So, I am [[Giovanna Lombardi|PERSON]], everyone at work calls me [[Gio|PERSON|nickname]]. I am [[OSS|JOB_TITLE]], operatrice socio-sanitaria, it's like, um, a care worker, health and social care assistant, in a RSA, a nursing home, called [[RSA Il Glicine|ORGANIZATION]], in [[Borgo Panigale|CITY]], that is a quartiere of [[Bologna|CITY]]. I work there from, eh, [[two thousand thirteen|DATE]]. Before I was in a factory, packaging, and then at forty, no, at thirty-five, I did the course for [[OSS|JOB_TITLE]], at [[Cefal Emilia Romagna|SCHOOL]]. Now I am [[forty-seven|AGE]].

AI: Thank you, [[Gio|PERSON]]. What does a shift look like for you?

User: Morning shift, six to two. Wake up the ospiti, the residents, hygiene, dress, breakfast, help to eat for who cannot, mobilisation, the hoist, change the position [[every two hours|GENERIC_TIME]] for who is bedridden. Then lunch. And in between, the consegne, the handover notes. We write in the cartella informatizzata, sorry, the electronic record, on the computer in the nursing station. [[The nurses|GENERIC_ROLE]], [[the coordinator|GENERIC_ROLE]], [[Elena Mazzoni|PERSON]], she checks everything.

AI: How does AI come into your work?

User: Ehm. For me, little. I am not so, eh, technological. But my colleague [[Mirko|PERSON]], he is young, twenty-six, he uses [[ChatGPT|AI_PRODUCT]] always. He showed me that I can speak, and it writes. So now, sometimes, for the consegne, I dictate on my phone, in Italian, what I did, no names of course, and it makes the sentences more, eh, ordinate, clear, then I copy on the computer and I add the name of the resident. Because my Italian writing, I am from [[Calabria|CITY]], I have the dialect in my head, ha, [[Elena|PERSON]] always corrects my verbs. So this helps me.

AI: Has anyone at the RSA raised concerns?

User: Yes, the direttrice, [[the director|GENERIC_ROLE]], she said in a meeting, in [[April|DATE]], that for privacy we cannot put the health data of the residents in these apps. Because of GDPR, the privacy law. And she is right. I was a little afraid after that, I didn't know if what I did was wrong. But I never wrote names, so, okay. And [[Elena|PERSON]] said she prefers my notes now, so. Also the families, some son or daughter, they ask [[Gemini|AI_PRODUCT]] about the medicine of their mother and then they come to [[the nurses|GENERIC_ROLE]] angry. It happens more and more.

AI: What do you think about the future of AI in care work?

User: Ehm, I think, the machine cannot wash a person with respect. Cannot talk with Signora [[Teresa|PERSON]], who is ninety-three and [[every morning|GENERIC_TIME]] asks me where is her husband, who died in [[nineteen ninety-eight|DATE]]. And I say, he is at work, [[Teresa|PERSON]], he comes later. It is a small lie but it is kindness. A computer, I don't know. Maybe the robots for lifting, okay, my back would say thank you. I saw on the TV that in [[Japan|COUNTRY]] they have robots in the nursing homes. And [[Jannik Sinner|PUBLIC_FIGURE]] in a pubblicità for some technology. But here, we need more people, not robots. Three of us for thirty residents at night, it's too little.

AI: Thank you so much, [[Gio|PERSON]]. How can we reach you afterwards?

User: My email is [[giovanna.lombardi76 chiocciola libero punto it|OBF_EMAIL|spelled_at_dot_italian]], chiocciola is the, the @. Phone, [[tre tre nove, otto sette due, uno quattro, cinque zero|OBF_PHONE|digits_as_words_italian]]. My codice fiscale, if needed for the voucher, is [[LMBGNN78C52H224K|NATIONAL_ID]]. Ciao, grazie!""")

# 23 Germany - emergency paramedic (Notfallsanitäter), Cologne
T.append("""AI: Hallo, and thanks for joining. Could you tell me a bit about who you are and what you do?

User: Ja, hallo. So, my name is [[Jonas Brückner|PERSON]], with u-umlaut, so in emails it's [[Brueckner|PERSON|umlaut_transliteration]], [[B-R-U-E|PERSON|spelled_out]], that always confuses people. I'm a [[Notfallsanitäter|JOB_TITLE]], that's, um, the highest paramedic level in [[Germany|COUNTRY]], three-year training, and I'm also [[Praxisanleiter|JOB_TITLE]], so I train the apprentices. I work at the [[Rettungswache Ehrenfeld|ORGANIZATION]], that's the ambulance station in [[Ehrenfeld|CITY]], in [[Köln|CITY]], for the, um, [[Malteser Hilfsdienst|ORGANIZATION]]. I did my training at the [[Rettungsdienstschule Köln-Porz|SCHOOL]], finished, äh, [[Herbst twenty sixteen|DATE]], autumn. And I'm [[thirty-five|AGE]], born [[eighty-nine|DATE]], so, yeah.

AI: Thanks, [[Jonas|PERSON]]. Where does AI come into your work on the ambulance?

User: Okay, so on the ambulance itself, officially, almost nothing yet. We document on the tablet with [[NIDA|SOFTWARE]], the NIDApad, that's the electronic protocol, and there's no AI in it, just, um, checkboxes and free text. The dispatch centre, the Leitstelle, they're testing some software for call prioritisation, but we don't see that directly. Where I use it is for teaching. I have two Azubis right now, apprentices, [[Lea|PERSON]] and [[Tobias Kern|PERSON]], and I use [[ChatGPT|AI_PRODUCT]] to create case scenarios for them. Like, "sixty-two-year-old woman, dyspnoea, COPD history, it's February, she lives on the fourth floor with no lift", and then I ask it to give me vital signs that change over time, and we run the scenario in the station between calls. It's quite good for that. And I use [[DeepL|AI_PRODUCT]] a lot for reading English papers, like the ERC guidelines updates.

AI: Has it ever made a mistake that worried you?

User: Ja, definitely. Once it made a scenario with a drug dose that was from the, um, American protocols, so it used a medication that we don't even carry in our SOPs in [[Nordrhein-Westfalen|CITY]]. And [[Tobias|PERSON]] didn't notice, he just, he took it as true. So I used it as a teaching moment, like, look, always check against our SAA, our standard procedure, the machine doesn't know the local rules. Our ärztlicher Leiter, [[the medical director|GENERIC_ROLE]], Dr. [[Sabine Hoffmann-Kurz|PERSON]], she said the same at the last training day in [[November|DATE]]. She's very sceptical, she calls it "der Papagei", the parrot. Ha.

AI: What about data protection? [[Germany|COUNTRY]] is known for being strict.

User: Oh, ja, we are very strict, Datenschutz is almost a religion, ha. No patient data in any AI, nothing, that's clear to everyone. Also the [[Malteser|ORGANIZATION]] has an internal guideline since, um, last year, I think spring. I think that's right. Actually I'd like to see an AI that helps with documentation, because after a night shift with eight, nine Einsätze, writing protocols at [[five in the morning|GENERIC_TIME]], mistakes happen. But it would have to be on German servers, or at least in [[Europe|CONTINENT]], certified, the whole thing. And I heard [[Karl Lauterbach|PUBLIC_FIGURE]], when he was minister, talking about digitalisation of the health system, and honestly, I'll believe it when I see it. We still fax things to some hospitals. Fax! In twenty twenty-five.

AI: That's striking. Thanks a lot, [[Jonas|PERSON]]. How can we reach you if we have follow-up questions?

User: Sure. My email is [[jonas.brueckner(at)web.de|OBF_EMAIL|bracket_at]]. I'll put it in the chat too, ja, there: [[jonas.br\u200bueckner@web.de|OBF_EMAIL|zero_width]]. Phone, [[null eins sieben sechs, zwei drei vier, fünf fünf, acht eins|OBF_PHONE|digits_as_words_german]], that's mobile. And I'm on Mastodon, [[@jonas_nfs@mastodon.social|SOCIAL_HANDLE]], mostly EMS stuff. Tschüss!""")

# 24 Netherlands - district nurse, Utrecht
T.append("""AI: Hi, goedemiddag! Thank you for making time. Could you introduce yourself?

User: Goedemiddag! Yes, so, I'm [[Femke de Vries|PERSON]], well, officially [[Femke de Vries-Bakker|PERSON]], but nobody uses the [[Bakker|PERSON]]. I'm a [[wijkverpleegkundige|JOB_TITLE]], district nurse, with [[Buurtzorg|ORGANIZATION]], in a team in [[Lombok|CITY]], that's a neighbourhood in the west of [[Utrecht|CITY]]. We're a self-managing team of, um, eleven nurses, no manager, that's the [[Buurtzorg|ORGANIZATION]] model. I studied at [[Hogeschool Utrecht|SCHOOL]], graduated in, uh, [[twenty ten|DATE]], and I've been with [[Buurtzorg|ORGANIZATION]] since [[twenty fourteen|DATE]]. I'm [[forty-two|AGE]].

AI: Thank you, [[Femke|PERSON]]. How does AI come into your work?

User: So, um, honestly our sector is a bit careful. We work with [[Ons|SOFTWARE]], that's the Nedap system for the client files, and there's been talk of AI features but nothing big yet in our team. But I use [[ChatGPT|AI_PRODUCT]] at home for, um, thinking through things. Like we have a lot of clients with early dementia who live alone, and the families are stressed, and I ask it to help me make a, a clear overview of what support exists in the [[Netherlands|COUNTRY]], the Wmo, the gemeente, what goes via the health insurance. Because that system is so complicated. Then my colleague [[Sanne|PERSON]] and I turn it into a one-page sheet for families. Also [[Mo|PERSON]], [[Mohamed El Idrissi|PERSON]], he's in our team, he uses it to make Arabic and Tarifit explanations for some clients, well, he checks them, he speaks both.

AI: Are there any rules in [[Buurtzorg|ORGANIZATION]] about it?

User: Yes, there's a, a guideline from the organisation, since [[spring twenty twenty-four|DATE]], no client data in public AI. And in our team we discussed it ourselves, because we decide things together. One colleague, [[Ingrid|PERSON]], she's sixty-one, she was very against, she said it makes us lazy thinkers. And one younger, [[Daan|PERSON]], wanted to use it for everything. We ended somewhere in the middle. Actually, um, [[Jos de Blok|PUBLIC_FIGURE]], the founder, he has said in interviews that technology should support the nurse, not replace the relationship, and I think that's the [[Buurtzorg|ORGANIZATION]] feeling in general.

AI: Can you describe a moment where it was genuinely helpful?

User: Um, yes. [[Last winter|GENERIC_TIME]], a client, I won't say anything identifying, very end of life, at home, and the family wanted palliative sedation explained, and they were Polish and the son's Dutch was limited. I had the official leaflets, but the AI helped me prepare a simple explanation in English first that I could then, um, go through with [[an interpreter|GENERIC_ROLE]] on the phone. It saved time in a moment where time mattered. But the comfort, sitting at the kitchen table, that was me and [[Sanne|PERSON]], not the computer. And afterwards, in the car, I just sat for ten minutes before the next client. No AI for that either, ha. And I think that's always going to be the case in wijkverpleging.

AI: Thank you, [[Femke|PERSON]]. How can we reach you for a follow-up?

User: Email is fine, it's [[f punt devries at buurtzorgnederland punt com|OBF_EMAIL|spelled_at_dot_dutch]], punt is dot. Or my work phone, [[06.4812.9037|OBF_PHONE|dotted_digits]]. My BIG number, if you need to check registration, is [[79041822530|NATIONAL_ID]]. Fijne dag!""")

# 25 Sweden - school counsellor (skolkurator), Malmö
T.append("""AI: Hej, and thank you for joining. Could you begin by telling me a bit about yourself and your job?

User: Hej hej. Yes, so, I'm [[Amira Haddad Lindqvist|PERSON]], [[Haddad|PERSON]] is my father's name, he came from [[Lebanon|COUNTRY]] in the eighties, and [[Lindqvist|PERSON]] is my husband's, so, a very [[Malmö|CITY]] name combination, ha. Most people say just [[Amira|PERSON]]. I'm a [[skolkurator|JOB_TITLE]], a [[school counsellor|JOB_TITLE]], or, well, school social worker is maybe closer, at [[Kastanjeskolan|SCHOOL]], it's a, um, F to 9 school, so six to sixteen years old, in [[Rosengård|CITY]], in [[Malmö|CITY]]. Employed by [[Malmö stad|ORGANIZATION]], the city. I did my social work degree at [[Malmö universitet|SCHOOL]], and I started at [[Kastanjeskolan|SCHOOL]] in, um, [[August twenty nineteen|DATE]], right before the pandemic, perfect timing. I'm [[thirty-eight|AGE]].

AI: Thanks, [[Amira|PERSON]]. How does AI come up in your work, if it does?

User: Um, it comes up in, like, three ways. The first is the students, of course. The older ones, in högstadiet, seventh to ninth grade, they all use [[ChatGPT|AI_PRODUCT]] or [[Snapchat|SOFTWARE]]'s [[My AI|AI_PRODUCT]], and some of them talk to [[My AI|AI_PRODUCT]] like a friend. I had a girl [[last spring|GENERIC_TIME]], I won't say anything about her, who told me she'd told the [[Snapchat|SOFTWARE]] bot about stuff at home before she told any adult. And, um, in a way I was glad she told someone, even a bot, but it also made me worried, because a bot can't make an orosanmälan, a report to social services, if a child is at risk. I can. I have to. So that's a, a real gap. Second, the staff. Our rektor, [[Eva Sandberg|PERSON]], she sent around the municipality guidelines in, um, [[January|DATE]], that we can use [[Copilot|AI_PRODUCT]] in the Microsoft environment, because it's under the city's agreement, but not the free tools for anything with students' information. We document in [[Procapita|SOFTWARE]], that's the, um, the student health record, and that's completely separate. No AI in there. And third, me, for my own planning. I use [[Copilot|AI_PRODUCT]] to help plan group sessions, like we run a group for boys on conflict and anger, with my colleague [[Johan Berglund|PERSON]], he's the fritidsledare, the youth leader, at the school. We ask it for exercises and then we, um, we make it ours, because honestly it suggests very American things, trust falls, ha, and our fifteen-year-olds would just laugh.

AI: How about language? [[Rosengård|CITY]] is very multilingual, isn't it?

User: Oh, very. Arabic, Somali, Bosnian, Dari, Swedish of course, lots of families speak three, four languages. And AI translation helps with, um, short messages to parents, like, "the meeting is moved to Thursday", in [[Vklass|SOFTWARE]], the school's parent platform. But for real conversations, like a meeting about a child who's not coming to school, we always book [[a real interpreter|GENERIC_ROLE]]. Because a word wrong there, it can change a family's trust for years. I speak Arabic myself, Lebanese dialect, and I see how the AI makes it too formal, like fusha, like a news anchor, ha. My mum laughs when I show her. And, um, I think the trust thing is everything in [[Rosengård|CITY]]. People here have been in the newspapers so much, always negative. [[Zlatan|PUBLIC_FIGURE]] grew up here, the kids love to tell you that, and they also know the other stories. So if the school starts running their lives through a machine, it feels like one more system watching them. I'd rather spend that money on a second kurator. We're one kurator for, um, almost five hundred students.

AI: That's really valuable, [[Amira|PERSON]], thank you. How can we reach you if we have follow-up questions?

User: Of course. My work email is [[amira.haddad.lindqvist@malmo.se|EMAIL_ADDRESS]], or, actually, use my private one, it's easier, [[amira punkt hl snabel-a gmail punkt com|OBF_EMAIL|spelled_at_dot_swedish]], snabel-a is how we say the at sign, elephant's trunk, ha. Phone, [[noll sju noll, tre fyra fem, sex sju, noll två|OBF_PHONE|digits_as_words_swedish]], or in English that's [[070-345 67 02|PHONE_NUMBER]]. And for the gift card thing, I think you need my personnummer? It's [[19870214-5528|NATIONAL_ID]]. Tack så mycket, and good luck with the research!""")

write_set(T, "set_bk")
