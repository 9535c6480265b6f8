# Hand-crafted independent PII test set. Inline markup [[value|TYPE]] or [[value|TYPE|phenomenon]]. Build and checks: markup.py.
import sys

from markup import write_set

T = []

# ---- write your transcripts here: T.append("""...""") ----

T.append("""AI: Hi, thanks for joining today. To start, could you tell me a bit about yourself and your role?

User: Yeah, sure, um, so I'm [[Olumide Adeyemi|PERSON]], that's [[O-L-U-M-I-D-E|PERSON|spelled_out]], and, uh, I'm [[thirty-eight|AGE]]. I'm [[head of science|JOB_TITLE]] at [[Hollins Park Academy|SCHOOL]] in [[Stockport|CITY]], so just outside [[Manchester|CITY]]. Been there since [[2017|DATE]]. I, I started as a, like, a normal [[physics teacher|JOB_TITLE]] and then, you know, got promoted.

AI: Thanks, [[Olumide|PERSON]]. How does AI fit into a typical week for you?

User: um so mainly [[ChatGPT|AI_PRODUCT]] and, uh, [[MagicSchool|AI_PRODUCT]], which the trust paid for. I use it for differentiating worksheets mostly. So [[every Sunday night|GENERIC_TIME]] I sit down, I, I paste in the lesson objectives, get three versions, and then upload to [[Google Classroom|SOFTWARE]]. All our pupil data lives in [[Arbor|SOFTWARE]] and I'm really careful, I never put kids' names in. My line manager [[grace whitfield|PERSON]], she's the, um, she's the [[deputy head|JOB_TITLE]], she made a whole policy about that.

AI: You mentioned [[Grace|PERSON]] made a policy. How do colleagues feel about it generally?

User: Honestly she's been the saving grace of the whole rollout. Like [[our head teacher|GENERIC_ROLE]] was a bit, you know, nervous, he'd read something [[Sam Altman|PUBLIC_FIGURE]] said and thought the robots were coming. But yeah, mostly positive. Some of the older staff just, uh, they just don't touch it.

AI: Has anything ever gone wrong with it?

User: Once, yeah. A trainee, [[Kacper Nowak|PERSON]], he pasted a, um, a safeguarding note into [[Gemini|AI_PRODUCT]] with a student's full name and date of birth. We had to log it with [[the DSL|GENERIC_ROLE]] and it was a whole thing. [[Kacper|PERSON]]'s fine now, he's lovely, he just didn't know.

AI: That sounds like a useful lesson. If the research team wanted to follow up, how could they reach you?

User: uh, email's [[o dot adeyemi at hollinspark dot sch dot uk|OBF_EMAIL|spoken_at_dot]], or my mobile, it's [[oh seven seven one eight, four four two, nine oh six|OBF_PHONE|spoken_digits]]. I'm also on, well, X, I'm [[mr underscore adeyemi underscore sci|SOCIAL_HANDLE|spoken_handle]], I post a lot of physics demos there.

AI: Thank you. What would you most like to change about how AI is used in schools?

User: Um. Proper training, honestly. Like a, a day in [[the summer holidays|GENERIC_TIME]] where someone actually shows us, rather than, you know, a PDF. And I'd like the exam boards to say something clear, because at the moment we're all just, uh, guessing.""")

T.append("""AI: Thanks for making time. Could you introduce yourself and what you do?

User: Sure, uh, yeah. [[Marcus Whitaker|PERSON]], I'm [[52|AGE]], and I'm an [[adjunct instructor|JOB_TITLE]] in English composition at [[Columbus State Community College|SCHOOL]] here in [[Columbus|CITY]], [[Ohio|CITY]]. I also pick up a section or two at [[Otterbein University|SCHOOL]] when they need someone. So I'm, you know, a road warrior, two campuses.

AI: Got it. How are you using AI tools in your teaching, [[Marcus|PERSON]]?

User: So, um, I use [[Claude|AI_PRODUCT]] a lot for rubric drafts, and [[Otter|AI_PRODUCT]] to record my office hours, with permission obviously. And on the other side I'm fighting it, right, because students use [[chat gpt|AI_PRODUCT]] for essays and [[Turnitin|SOFTWARE]]'s AI score is, I mean, it's not great. I grade everything in [[Canvas|SOFTWARE]].

AI: Great. Is there anyone you work with closely on this?

User: Yeah, my, uh, my colleague [[Will Baptiste|PERSON]], he runs the writing center. [[Will|PERSON]] and I did a workshop in [[fall 2023|DATE]] on, like, AI-aware assignments. He will tell you it went great, I will tell you half the room was on their phones. [[Will|PERSON]]'s way more optimistic than me.

AI: Has anything about privacy worried you?

User: Oh, yeah, so this is funny, not funny. There was this HR onboarding thing at the college, some vendor chatbot, and it auto-filled my social, like it just showed it on screen, [[407-31-6628|NATIONAL_ID]], and I'm like, why does the chatbot have that? I reported it to [[the department chair|GENERIC_ROLE]] and, uh, nobody really knew who owned it.

AI: That's concerning. How can the team reach you for a follow-up?

User: Email's [[marcus.whitaker.writes@gmail.com|EMAIL_ADDRESS]], or, um, cell is [[(614) 555-0187|PHONE_NUMBER]]. And I've got a little blog, [[marcuswhitakerwrites.com|URL]], where I post some of the assignments.

AI: Last one. What's your overall feeling about AI in higher ed?

User: Cautiously, um, cautiously annoyed? No, I'm kidding. I think it's a tool. I just want, you know, the institutions to slow down. Every [[Thanksgiving|GENERIC_TIME]] break I swear there's a new policy.""")

T.append("""AI: Hello and welcome. Could you please tell me your name and your work?

User: Yes, hello. My name is [[Smita Kulkarni|PERSON]], I am [[45|AGE]] years, and I am working as [[administrative officer|JOB_TITLE]] in [[Vidya Bharati English Medium School|SCHOOL]], in [[Kothrud|CITY]] area of [[Pune|CITY]]. I am there since [[June 2009|DATE]], so long time, ha.

AI: Thank you, [[Smita|PERSON]]. How do you use AI in your office?

User: Mostly, um, for circulars and notices to parents. Earlier I was typing everything in Marathi and English both, now I use [[ChatGPT|AI_PRODUCT]] for translation and, uh, making it polite. Fees we do in [[Tally|SOFTWARE]] and attendance in [[Fedena|SOFTWARE]]. And parents all are on [[WhatsApp|SOFTWARE]] groups, so I send from there.

AI: Does anyone in the school guide how you use these tools?

User: Our principal, Mrs. [[Deshpande|PERSON]], she is very, you know, careful type. She told don't put any child details. But one time, um, I pasted one parent form by mistake, it had his PAN, [[AQRPK7731L|NATIONAL_ID]], and even Aadhaar [[4821 7730 1956|NATIONAL_ID]]. I deleted immediately but, you know, it was already sent.

AI: How did that feel?

User: Very bad, very tense. I told Mrs. [[Deshpande|PERSON]] and she said okay, lesson learnt. Now we have one sheet pasted near computer, rules for AI. Even [[Modi|PUBLIC_FIGURE]] ji is talking AI AI everywhere, so everybody is excited, but somebody has to be careful no?

AI: Does AI help you outside work as well?

User: Yes, my son is [[fourteen|AGE]], he uses it for maths, I check what he is doing. And for [[Diwali|GENERIC_TIME]] I made the school greeting card with [[Canva|SOFTWARE]] and some AI image thing.

AI: If the researchers want to contact you again, what is the best way?

User: You can email, [[smita dot kulkarni eighty one at rediffmail dot com|OBF_EMAIL|spoken_at_dot_numbers]], or call my mobile [[+91 98220 41573|PHONE_NUMBER]]. After four o'clock is better, morning is very rush.""")

T.append("""AI: Good afternoon. Could you start by telling me a little about yourself?

User: Good afternoon. Um, I'm Dr [[Adaeze Nwachukwu|PERSON]], I'm a [[general practitioner|JOB_TITLE]], [[41|AGE]], working at [[Lekki Family Clinic|ORGANIZATION]] in [[Lekki|CITY]], [[Lagos|CITY]]. I trained at [[University of Ibadan|SCHOOL]], graduated, uh, [[2008|DATE]].

AI: Thank you, Dr [[Nwachukwu|PERSON]]. How do AI tools show up in your clinical work?

User: So, em, a few ways. Patients come in having already used [[Ada|AI_PRODUCT]], the symptom checker app, and they tell me, the app said it's typhoid, so you know. I myself use [[ChatGPT|AI_PRODUCT]] for patient leaflets in simpler English and sometimes Pidgin. Our records are on [[Helium Health|SOFTWARE]], that one has some AI features now but we don't really trust them yet.

AI: Do your colleagues use it too?

User: Yes, yes. My colleague Dr [[Tunde Bakare|PERSON]] is more, eh, he's the tech guy. [[Tunde|PERSON]] set up a template so we can dictate notes. And our head nurse, [[Joy|PERSON]], she was skeptical at first, but now it's a joy to watch her, she uses it for the duty roster. [[Joy|PERSON]]'s roster used to take her a whole Saturday.

AI: Have you had any concerns about patient privacy?

User: Definitely. One [[locum|GENERIC_ROLE]] pasted a full referral letter, with the patient's NIN, [[70418832956|NATIONAL_ID]], into a free chatbot. I had to sit everyone down. In [[Nigeria|COUNTRY]] the data protection law is now serious, so we can't play with it.

AI: What would make these tools more useful for you?

User: Honestly if they understood our context. Everything is trained on [[UK|COUNTRY]] or American guidelines. Even when [[Bill Gates|PUBLIC_FIGURE]] came and talked about AI for health in [[Africa|CONTINENT]], I was thinking, okay, but who is building it for a clinic in [[Lekki|CITY]] with NEPA taking light every evening, you know?

AI: That's a great point. How can the team follow up with you?

User: My email is [[adaeze.nwachukwu@lekkifamilyclinic.ng|EMAIL_ADDRESS]]. Or phone, it's [[zero eight zero three, four one two, seven seven six five|OBF_PHONE|spoken_digits]]. Mornings before clinic are best.""")

T.append("""AI: Hi there, thanks for joining. Could you tell me about yourself and your job?

User: Hi, ja, okay. I'm [[Thandeka Mthembu|PERSON]], people call me [[Thandi|PERSON]]. I'm [[34|AGE]], I'm an [[operational manager|JOB_TITLE]], like a unit manager, in the medical ward at [[Umhlanga Ridge Day Clinic|ORGANIZATION]], in [[Umhlanga|CITY]] near [[Durban|CITY]].

AI: Thanks, [[Thandi|PERSON]]. How do you use AI in nursing?

User: Um, mostly admin honestly. I use [[Microsoft Copilot|AI_PRODUCT]] on the work laptop for, you know, summarising the incident reports and writing up, uh, the training material. The clinical system is [[Meditech|SOFTWARE]], we don't put AI near that. Sometimes at home I use [[ChatGPT|AI_PRODUCT]] to study, I'm doing my, um, my diploma part-time.

AI: Who else on your team uses it?

User: My, my deputy, [[Sunny Pillay|PERSON]], he's very into it. [[Sunny|PERSON]] made a little prompt for handover notes. It's sunny in here, ha, not just him, sorry, the ward is very bright. Anyway, he showed the younger nurses.

AI: Has anything made you uneasy?

User: Ja. There was a form, a staff form, somebody used one of those online PDF AI tools to fill it, and it had my ID number on it, [[8906150482087|NATIONAL_ID]]. I was like, where did that file go? I complained to HR and [[the hospital manager|GENERIC_ROLE]]. Even [[Cyril Ramaphosa|PUBLIC_FIGURE]] was on the news talking about digital ID, and I'm thinking, we can't even manage one PDF.

AI: That's understandable. Outside work, do you share anything about your job online?

User: A little. I'm on TikTok as [[@nurse_thandi_za|SOCIAL_HANDLE]], I do, like, study tips for student nurses. Not patient stuff, never.

AI: If the researchers want to follow up, how can they reach you?

User: Phone is [[+27 82 614 3390|PHONE_NUMBER]]. Or you can post to me, I'm at [[23 Mackeurtan Avenue|ADDRESS]], [[Durban North|CITY]], [[4051|ADDRESS]], if they're sending the voucher thing. Email is [[thandi.mthembu@webmail.co.za|EMAIL_ADDRESS]]. Oh, and, um, one more thing, just that, in [[South Africa|COUNTRY]] we're short of nurses, so if AI can take the paperwork, please, take it. But leave the patients to us.""")

T.append("""AI: Hello, and thank you for taking part. Could you introduce yourself?

User: Yes, hallo. So, my name is [[Katharina Vogt|PERSON]], I am [[29|AGE]], and I am [[pharmacist|JOB_TITLE]], in German we say Apothekerin, at the [[Löwen-Apotheke am Markt|ORGANIZATION]] in [[Leipzig|CITY]]. I studied also here, at [[Universität Leipzig|SCHOOL]], finished in [[2020|DATE]].

AI: Thanks, [[Katharina|PERSON]]. How does AI come into your daily work?

User: Ehm, not so much with the patients directly. I use [[DeepL|AI_PRODUCT]] very often because we have many customers who speak, uh, Arabic, Ukrainian, so I translate the, the Einnahmehinweise, the dosing instructions. And sometimes [[Le Chat|AI_PRODUCT]] from [[Mistral|AI_PRODUCT]], because my boss likes that it's European. Our pharmacy software is [[IXOS|SOFTWARE]], there is no AI inside, I think.

AI: Your boss prefers a European tool. Could you say more?

User: Yes, my boss, Herr [[Albrecht|PERSON]], he is the owner, he is, ehm, a bit suspicious of American companies. He read some interview with [[Karl Lauterbach|PUBLIC_FIGURE]] about AI in health and since then he talks about Datenschutz every day. Herr [[Albrecht|PERSON]]'s rule is no customer name, no insurance number, nothing into any tool.

AI: Have you seen that rule broken?

User: Once a PTA, that's the technical assistant, [[Dilara Şahin|PERSON]], she is very nice, she copied a whole prescription into [[ChatGPT|AI_PRODUCT]] on her phone. Not bad intention. But after that we had a meeting, [[every Monday|GENERIC_TIME]] now we have five minutes about data.

AI: Do you use AI for anything personal, like taxes?

User: Ha, yes, I tried, for my Steuererklärung. And it asked for my Steuer-ID and I, stupid, I typed it, [[47 036 892 815|NATIONAL_ID]]. Then I thought, hm, maybe not so clever.

AI: If the research team wants to contact you, how can they?

User: My email is [[k punkt vogt at posteo punkt de|OBF_EMAIL|german_punkt_at]], you know, with the punkt. Or write to the pharmacy, [[Katharinenstraße 12|ADDRESS]], [[04109|ADDRESS]] [[Leipzig|CITY]], but please with my name so it comes to me. Oh, and, um, one more thing, only that in [[Germany|COUNTRY]] we are slow with digital, everyone knows, but maybe this time being slow is not so bad.""")

T.append("""AI: Good morning, thank you for joining. Could you tell me who you are and what you do?

User: Good morning. I'm [[Sanne Bakker-Verhoeven|PERSON]], [[51|AGE]] years old, and I'm [[location manager|JOB_TITLE]] at [[Zorgcentrum De Linde|ORGANIZATION]], that's a care home in [[Zeist|CITY]], near [[Utrecht|CITY]]. About eighty residents, mostly dementia care.

AI: Thank you, [[Sanne|PERSON]]. Where does AI fit in a care home?

User: Well, um, less than people think. Our client files are in [[Nedap Ons|SOFTWARE]], and there's now a speech function, you talk and it writes the report. That's been, uh, really good for the night staff. For myself I use [[Copilot|AI_PRODUCT]] in [[Outlook|SOFTWARE]] for the endless emails. And we tested a little robot, [[Tessa|AI_PRODUCT]], that reminds residents to drink water.

AI: How did the team respond to those tools?

User: Mixed, honestly. One of my team leaders, [[Roshni Ramdin|PERSON]], she loves it, she's the one who pushed the speech reporting. [[Roshni|PERSON]] did the training for everyone. But [[Emre Yıldız|PERSON]], he's our [[activities coordinator|JOB_TITLE]], he says, you know, we are here for people, not for screens. And I think [[Emre|PERSON]] is also right.

AI: Have you had any privacy concerns?

User: Yes, one time the speech thing wrote a resident's BSN into the free text field because the nurse read it out loud, [[182 734 509|NATIONAL_ID]], and then it was in a place it should not be. We had to report it internally. Since [[April 2024|DATE]] we have a new protocol.

AI: What about the wider picture, do you follow the public debate?

User: A bit. When [[Mark Rutte|PUBLIC_FIGURE]] was still prime minister there was a lot of talk about AI and the benefits scandal, so people here are, you know, careful. In [[the Netherlands|COUNTRY]] we have that history now.

AI: Thanks, [[Sanne|PERSON]], this has been really helpful. How could the research team reach you for a follow-up?

User: You can phone the office, I'll say it in Dutch, it's easier for me, [[nul zes, twee vier, vijf acht, een negen, drie zeven|OBF_PHONE|dutch_number_words]]. Or email [[s.bakker@zorgcentrumdelinde.nl|EMAIL_ADDRESS]].""")

T.append("""AI: Hi, thanks for taking the time. Could you tell me about your role?

User: Yeah, hi. I'm [[Eirik Solheim|PERSON]], I'm a [[senior underwriter|JOB_TITLE]] in commercial property at [[Vestlandet Forsikring|ORGANIZATION]], we're a mid-size insurer based in [[Bergen|CITY]]. I'm [[44|AGE]], been in insurance since, uh, [[2006|DATE]] I think. Yeah, [[2006|DATE]].

AI: Thanks, [[Eirik|PERSON]]. How is AI used in underwriting at your company?

User: So, um, we have [[Copilot|AI_PRODUCT]] across the Microsoft stack, and the policy admin is [[Guidewire|SOFTWARE]]. The big use for me is reading survey reports, you know, fifty page fire surveys for a fish processing plant, and asking it to pull out the sprinkler info. Then I still do the pricing in [[Excel|SOFTWARE]], old school.

AI: Is there a colleague who's particularly involved?

User: Yeah, [[Ingrid Hauge|PERSON]], she's our [[head of underwriting|JOB_TITLE]], she ran the pilot. And we had a data scientist on loan from [[Oslo|CITY]], [[Wang Xiaoyu|PERSON]], really sharp. [[Xiaoyu|PERSON]] built the extraction prompts. [[Ingrid|PERSON]]'s main worry was always, uh, hallucination, like if it invents a sprinkler that's not there, that's a big claim later.

AI: Have there been any data protection issues?

User: Small ones. People forget that the survey reports have, like, the owner's personal number. One time someone ran a document with a, a fødselsnummer, [[12038044817|NATIONAL_ID]], through an external tool and we had a whole compliance review. The Nordic regulators are strict, [[Norway|COUNTRY]], [[Sweden|COUNTRY]], [[Denmark|COUNTRY]], all of them.

AI: Do you think AI will change your job much?

User: Um, the boring half, yes. Honestly, I watched that [[Jensen Huang|PUBLIC_FIGURE]] keynote and it's all very, you know, very big words. But for us, [[in winter|GENERIC_TIME]] when the storm claims come, if it can read the reports faster, good.

AI: How could the team reach you later?

User: Email [[eirik.solheim@vestforsikring.no|EMAIL_ADDRESS]], or my LinkedIn, it's [[linkedin.com/in/eirik-solheim-uw|URL]]. I don't really use phone for this kind of thing.""")

T.append("""AI: Olá, and thanks for joining. Could you start by introducing yourself?

User: Olá! Yes, so, I am [[Thiago Albuquerque Ramos|PERSON]], [[33|AGE]] years old, I'm a [[credit analyst|JOB_TITLE]] at [[Banco Inter|ORGANIZATION]] in [[Belo Horizonte|CITY]]. I studied economics at [[UFMG|SCHOOL]], and I joined the bank in, hmm, [[March 2019|DATE]].

AI: Thanks, [[Thiago|PERSON]]. How do you use AI in your credit work?

User: So, uh, for the models we use [[SAS|SOFTWARE]] and [[Python|SOFTWARE]], that's more traditional machine learning. But for daily stuff, you know, writing the parecer, the credit opinion, I use [[Gemini|AI_PRODUCT]] because the bank has [[Google Workspace|SOFTWARE]]. And [[ChatGPT|AI_PRODUCT]] at home for studying. The dashboards are in [[Power BI|SOFTWARE]].

AI: Do you work with anyone closely on this?

User: My coordinator, [[Juliana Ferreira|PERSON]], she's very, um, very strict with LGPD, the data law. [[Juliana|PERSON]] always says, [[Thiago|PERSON]], anonymise first, then ask the robot. Because the files have CPF of clients, like, I saw one today, [[318.442.905-71|NATIONAL_ID]], and that can never go out.

AI: Has AI ever made a mistake that affected your work?

User: Yes, once it invented a rule from the Banco Central, a resolution that doesn't exist. I almost sent it to the committee. Now I check everything. Even [[Roberto Campos Neto|PUBLIC_FIGURE]] was saying AI in banking needs supervision, and I agree.

AI: Do you share anything about your work online?

User: A little, on Instagram I'm [[@thiagoramos.fin|SOCIAL_HANDLE]], I do personal finance tips, nothing about the bank. My wife [[Luana|PERSON]] says I'm a finance influencer with two hundred followers, ha.

AI: Thanks, [[Thiago|PERSON]]. How can the research team contact you?

User: Email, it's [[thiago ponto ramos arroba gmail ponto com|OBF_EMAIL|portuguese_arroba_ponto]], sorry, I say in Portuguese, [[thiago dot ramos at gmail|OBF_EMAIL|spoken_at_dot_partial]]. Phone is [[+55 31 99874-2210|PHONE_NUMBER]]. And if you need to send something, [[Rua Pernambuco, 1022, apto 304|ADDRESS]], [[Savassi|CITY]], [[Belo Horizonte|CITY]]. Oh, and, um, one more thing. Imagina, I'm happy to help. In [[Brazil|COUNTRY]] and, like, all [[South America|CONTINENT]], this topic is very hot now.""")

T.append("""AI: Hi! Thanks for joining. Could you tell me a bit about yourself?

User: Hiii, yes, so I'm [[Ximena Castañeda Ruiz|PERSON]], I'm [[27|AGE]], and I'm a [[community manager|JOB_TITLE]] at [[Agencia Colibrí Digital|ORGANIZATION]], we're a small agency in [[Guadalajara|CITY]], like twelve people. We do social media for restaurants, tequila brands, that kind of thing.

AI: Fun. How does AI fit into your work, [[Ximena|PERSON]]?

User: Oh, it's everywhere, um. [[Midjourney|AI_PRODUCT]] for moodboards, [[Jasper|AI_PRODUCT]] for copy, although honestly I like [[ChatGPT|AI_PRODUCT]] better for Spanish. Then everything goes to [[Canva|SOFTWARE]] and we schedule in [[HubSpot|SOFTWARE]]. For [[Día de Muertos|GENERIC_TIME]] campaigns we did like forty catrina images in one afternoon.

AI: Who decides how the agency uses these tools?

User: My boss [[rodrigo|PERSON]], uh, [[rodrigo méndez|PERSON]], no wait, sorry, let me say it properly, [[Rodrigo Méndez|PERSON]], he's the [[creative director|JOB_TITLE]]. He's like, use everything, but never show the client it's AI, ha. And [[Rodrigo|PERSON]]'s partner in the agency, [[Fernanda Olvera|PERSON]], she handles the money side.

AI: Are there any concerns about using AI for clients?

User: Yes, like, um, copyright, and also likeness. A client wanted an ad that looked like [[Bad Bunny|PUBLIC_FIGURE]] and we said no, no, no. And also, once the invoicing tool auto-completed my CURP into a client's document, [[CARX970814MJCSZM08|NATIONAL_ID]], which was so weird.

AI: Do you have a public portfolio or social presence?

User: Yes, I'm [[ximecastaneda|SOCIAL_HANDLE]] on insta, and my portfolio is [[behance.net/ximenacr|URL]].

AI: How can the researchers reach you?

User: [[WhatsApp|SOFTWARE]] is best, it's [[tres tres, uno dos, cuatro ocho, siete siete, cero nueve|OBF_PHONE|spanish_number_words]], that's [[Guadalajara|CITY]], with the [[Mexico|COUNTRY]] code obviously. Or email [[xime@colibridigital.mx|EMAIL_ADDRESS]].""")

T.append("""AI: Hello, thank you for joining. Could you introduce yourself and your work?

User: Hello. Um, I am [[Yuki Matsumoto|PERSON]], [[36|AGE]] years old. I am [[deputy editor|JOB_TITLE]] at [[Kansai Shimpo Digital|ORGANIZATION]], it is a regional news site in [[Osaka|CITY]]. I joined in [[April 2015|DATE]], after I graduated from [[Doshisha University|SCHOOL]] and worked a little in [[Tokyo|CITY]].

AI: Thank you, [[Matsumoto|PERSON]]-san. How is AI used in your newsroom?

User: Eh, the main thing is transcription. We use [[Notta|AI_PRODUCT]] for interviews, it's very good for Japanese, and [[Claude|AI_PRODUCT]] for summarising long documents from the city hall. We don't let AI write articles. The CMS is [[WordPress|SOFTWARE]], nothing special.

AI: Is there someone on the team who leads this?

User: My colleague [[Kenji Watanabe|PERSON]], he is the data reporter. [[Kenji|PERSON]] made the guidelines. [[The editor-in-chief|GENERIC_ROLE]] approved them but, um, he doesn't use it himself. Older generation.

AI: Have you had any bad experiences?

User: Once, a summary mixed up two people with the same family name. It said the mayor's assistant was involved in a scandal, but it was a different person. Very dangerous for a newspaper. Also, I worry about My Number, because once a source sent a photo of their card and the transcription tool read it, [[4829 1073 5562|NATIONAL_ID]], and saved it in the notes.

AI: What do you think about the public conversation on AI in Japan?

User: Hmm, people are more interested in [[Shohei Ohtani|PUBLIC_FIGURE]] than AI, ha. But [[Masayoshi Son|PUBLIC_FIGURE]] talks a lot about AI so business readers are interested.

AI: Thanks, [[Matsumoto|PERSON]], this has been really helpful. How can the research team reach you? You can type it if that's easier.

User: OK I type: [[matsumoto．yuki＠kansaishimpo．jp|OBF_EMAIL|fullwidth_chars]] and phone [[０９０‐４４１８‐７７２３|OBF_PHONE|fullwidth_digits]]. Sorry, my keyboard is in Japanese mode.""")

T.append("""AI: Hi, thanks for joining us. Could you start by introducing yourself?

User: Hi, yah, I'm [[Chua Zhi Hao|PERSON]], [[31|AGE]], I'm a [[policy executive|JOB_TITLE]] at the [[Ministry of Manpower|ORGANIZATION]]. Graduated from [[NUS|SCHOOL]] in [[2016|DATE]], then went straight into the public service lah.

AI: Thanks, [[Zhi Hao|PERSON]]. How do you use AI in a government role?

User: Um, so we have [[Pair|AI_PRODUCT]], which is the government's own assistant, and we're not supposed to use [[ChatGPT|AI_PRODUCT]] for anything official. I use [[Pair|AI_PRODUCT]] for, like, drafting replies to public feedback, summarising survey results. The data sits in [[SharePoint|SOFTWARE]] and [[Tableau|SOFTWARE]]. Very, very controlled, which honestly is correct.

AI: Are there colleagues who shaped how your team uses it?

User: Yah, [[my director|GENERIC_ROLE]], she's quite forward, but the person who really did the work is [[Dewi Kartika Sari|PERSON]], she's on secondment from [[GovTech|ORGANIZATION]], Indonesian, super sharp. [[Dewi|PERSON]] ran the prompt clinics. And [[Ravi Chandran|PERSON]], he's the [[deputy director|JOB_TITLE]], he's the one who keeps asking, eh, where does the data go?

AI: Has there been any incident around personal data?

User: Not a big one, but, um, once someone pasted a complaint email that had the person's NRIC, [[S9128447J|NATIONAL_ID]], into the wrong tool. Caught it quickly. We do annual data protection training anyway, [[every January|GENERIC_TIME]].

AI: What do you make of the national conversation on AI?

User: I think [[Lawrence Wong|PUBLIC_FIGURE]] has been quite clear that [[Singapore|COUNTRY]] wants to be an AI hub, so there's a lot of push. In the ministry it's more cautious. [[Asia|CONTINENT]] generally is moving fast, so we cannot be left behind also.

AI: If the team wants to reach you, what's the best way?

User: Personal email better, [[zhihao.chua@gmail.com|EMAIL_ADDRESS]]. Or phone, [[nine one eight three, four four two seven|OBF_PHONE|spoken_digits]]. If they want to mail something, I'm at [[Blk 412 Tampines Street 41, #08-215|ADDRESS]], [[Singapore 520412|ADDRESS]], in [[Tampines|CITY]]. Oh, and, um, one more thing, just that, AI helps with the boring writing, but policy is about judgement, right, cannot outsource that.""")

T.append("""AI: Good evening and thanks for your time. Could you tell me about your work?

User: Yes, good evening. My name is [[Omar Haddad|PERSON]], I am [[46|AGE]], from [[Jordan|COUNTRY]] originally, and I am [[senior project manager|JOB_TITLE]] with [[Al Noor Contracting LLC|ORGANIZATION]] in [[Dubai|CITY]]. Right now I'm running a mid-rise residential tower in [[Jumeirah Village Circle|CITY]] and one school project in [[Abu Dhabi|CITY]].

AI: Thank you, [[Omar|PERSON]]. How do you use AI on construction projects?

User: So, eh, the scheduling is [[Primavera P6|SOFTWARE]], the site documents in [[Procore|SOFTWARE]]. AI, I use [[ChatGPT|AI_PRODUCT]] to write the, the letters to [[the consultant|GENERIC_ROLE]], delay notices, variation claims. English is my second language so it helps me sound more, you know, formal. And [[Copilot|AI_PRODUCT]] to summarise the meeting minutes.

AI: Does your team use it as well?

User: My site engineer, [[Ramesh Pillai|PERSON]], he uses it more than me. [[Ramesh|PERSON]] takes photos of the snag and asks the AI to write the NCR. Sometimes too creative, ha. And our QS, [[Fatima Al Zaabi|PERSON]], she is Emirati, very careful, she checks every number after.

AI: Have you had any problems with privacy or data?

User: One time, um, I uploaded the labour list to check visa dates, and it had Emirates ID numbers, including mine, [[784-1979-3358214-2|NATIONAL_ID]]. After that, [[the IT manager|GENERIC_ROLE]] blocked uploads. Correct decision.

AI: How do you see AI changing construction in the Gulf?

User: Everyone talks about smart cities. [[Elon Musk|PUBLIC_FIGURE]] this, robots that. But on site in [[August|GENERIC_TIME]] at forty-eight degrees, the problem is not AI, the problem is the labour and the heat. [[In summer|GENERIC_TIME]] we start at five in the morning. During [[Ramadan|GENERIC_TIME]] hours are even shorter.

AI: Thanks, [[Omar|PERSON]], this has been really helpful. How can the researchers contact you?

User: Mobile, [[+971 50 338 1946|PHONE_NUMBER]]. Email [[omar underscore haddad at alnoorcontracting dot ae|OBF_EMAIL|spoken_underscore_at_dot]]. I studied civil engineering at [[University of Jordan|SCHOOL]], if that matters for your, eh, demographics.""")

T.append("""AI: Bonjour, and thank you for joining. Could you introduce yourself?

User: Bonjour, hi. Yeah so I'm [[Mathieu Gagnon|PERSON]], I'm [[39|AGE]], I'm a [[structural engineer|JOB_TITLE]], P.Eng., at [[Bélanger Gagnon Ingénierie|ORGANIZATION]] in [[Montréal|CITY]]. Went to [[Polytechnique Montréal|SCHOOL]], graduated [[2009|DATE]].

AI: Thanks, [[Mathieu|PERSON]]. How does AI come into structural engineering for you?

User: So, okay, this is funny, because I use [[Claude|AI_PRODUCT]], the AI, and my senior partner is also called [[Claude|PERSON]]. [[Claude Bélanger|PERSON]], he's [[sixty-four|AGE]], he founded the firm. So when I tell the team, uh, I checked with [[Claude|AI_PRODUCT]], they ask, the robot or the boss? Ha.

AI: That must cause some confusion! What do you use the AI for?

User: Mostly code interpretation, like, summarising the CSA standards, and drafting reports in both French and English. Modelling is in [[Revit|SOFTWARE]] and [[ETABS|SOFTWARE]], drawings in [[AutoCAD|SOFTWARE]]. I would never let it size a beam, no way. [[Claude|PERSON]], the human one, he checks every calc by hand, even now.

AI: Is anyone else on your team involved?

User: Yeah, [[Nguyễn Thị Lan|PERSON]], she's our junior engineer, she came from [[Vietnam|COUNTRY]] two years ago. [[Lan|PERSON]] is amazing with [[Python|SOFTWARE]], she built a little script that feeds load tables into [[ChatGPT|AI_PRODUCT]] for the report text.

AI: Any concerns around privacy?

User: Um, some. When we do permit applications there's personal stuff, and once a tax form got uploaded, with my SIN, [[046 218 774|NATIONAL_ID]]. Not great. Now we strip everything.

AI: Thanks, [[Mathieu|PERSON]]. How can the research team follow up with you?

User: Cell is [[514-555-0143|PHONE_NUMBER]]. Email [[mgagnon@belangergagnon.ca|EMAIL_ADDRESS]]. And the office is at [[4410 rue Saint-Denis, bureau 3|ADDRESS]], [[H2J 2L1|ADDRESS]], if they need to mail anything. I'm also on LinkedIn, [[linkedin.com/in/mathieu-gagnon-peng|URL]]. Oh, and, um, one more thing, just, [[Canada|COUNTRY]] has so much infrastructure to fix, if AI helps with the paperwork, we can actually get to the bridges.""")

T.append("""AI: Hi, thank you for joining. Could you tell me a bit about yourself and your job?

User: Yeah, hiya. So I'm [[Kwabena Asante-Mensah|PERSON]], everyone calls me [[Kobby|PERSON]]. I'm [[29|AGE]], I'm a [[Higher Executive Officer|JOB_TITLE]] at the [[Department for Work and Pensions|ORGANIZATION]], based in [[Leeds|CITY]]. Joined in, um, [[September 2019|DATE]] through the Fast Stream.

AI: Thanks, [[Kobby|PERSON]]. How do you use AI in the civil service?

User: So there's a few things, um. We've got [[Microsoft Copilot|AI_PRODUCT]] on the laptops now, and there's the, the government suite, [[Humphrey|AI_PRODUCT]], which is a bit of a joke name obviously, Yes Minister and all that. I use [[Redbox|AI_PRODUCT]] for summarising submissions. We're not allowed to put claimant data into anything external, full stop.

AI: Has that rule ever been tested?

User: I mean, yeah. Someone in another team, I won't say who, pasted a claimant's details, like the NI number, [[JT 41 82 77 C|NATIONAL_ID]], into a public chatbot. Massive, massive deal. [[My grade 7|GENERIC_ROLE]] sent round an email the same day.

AI: How do you feel about AI in government more broadly?

User: Um, I'm positive but, you know, careful. [[Keir Starmer|PUBLIC_FIGURE]] keeps saying AI will fix public services, and like, it can help, but half our problem is old systems. We still use [[Excel|SOFTWARE]] for things that should not be in [[Excel|SOFTWARE]].

AI: Do you use it at home at all?

User: Yeah, my sister [[abena|PERSON]] is doing her GCSEs and I've been, um, checking her revision stuff. [[Abena|PERSON]]'s [[sixteen|AGE]], she uses it way better than me, honestly.

AI: How can the team get in touch with you?

User: Personal email's better, it's [[kwabena dot asante dash mensah at gmail dot com|OBF_EMAIL|spoken_at_dot_dash]]. I'm at [[flat 7, 22 Cardigan Road|ADDRESS]], [[Headingley|CITY]], [[LS6 3AG|ADDRESS]], if you're sending a voucher. Oh, and, um, one more thing. Yeah, with a big asterisk. Use them for drafting, never for decisions.""")

T.append("""AI: Hi, thanks for joining. Could you tell me a bit about yourself?

User: Hey, yeah, so I'm [[Brandon Kowalczyk|PERSON]], that's [[K-O-W-A-L-C-Z-Y-K|PERSON|spelled_out]], nobody ever gets it. I'm [[thirty-one|AGE]], I'm a [[field claims adjuster|JOB_TITLE]] for [[State Farm|ORGANIZATION]] out of [[Phoenix|CITY]], [[Arizona|CITY]].

AI: Thanks, [[Brandon|PERSON]]. How does AI fit into claims adjusting?

User: Oh man, a lot now. So, um, estimates are in [[Xactimate|SOFTWARE]], the claim files in [[Guidewire ClaimCenter|SOFTWARE]], and then there's this photo AI, [[Tractable|AI_PRODUCT]], that looks at car damage and spits out a, like, a repair estimate. I use [[ChatGPT|AI_PRODUCT]] on my phone to write up my field notes in the truck between inspections.

AI: Do you put claimant information into [[ChatGPT|AI_PRODUCT]]?

User: No, no, no. Not names, not policy numbers. I learned that from my team lead, [[Dolores Ybarra|PERSON]], she's been doing this like twenty years. [[Dolores|PERSON]] would kill me, honestly.

AI: Are there any parts of the job AI can't do?

User: Roofs, for sure, ha. During [[monsoon season|GENERIC_TIME]] we get, like, hundreds of hail claims, and the drone stuff helps, but you still gotta climb up. Also people, you know? Someone's house flooded, they want a human. My wife [[Amber|PERSON]] says I'm a therapist with a ladder. Which, yeah. Like when the light goes amber and you decide, do I stop or not, that's kinda the job, judgement calls.

AI: What do you think of the big AI debate?

User: I mean, [[Warren Buffett|PUBLIC_FIGURE]] owns half of insurance and he seems pretty chill about it. I don't know. I think adjusters who use it will replace adjusters who don't.

AI: Thanks, [[Brandon|PERSON]], this has been really helpful. How can the team reach you?

User: Uh, cell's [[six oh two, five five five, oh one seven eight|OBF_PHONE|spoken_digits]], and email's [[bkowalczyk.adjuster@yahoo.com|EMAIL_ADDRESS]]. My home address for the gift card is [[2217 W Camelback Rd, Apt 14B|ADDRESS]], [[Phoenix|CITY]], [[85015|ADDRESS]].""")

T.append("""AI: Hello, and thanks for taking part. Could you introduce yourself?

User: Hello. I'm [[Mette Kjærgaard|PERSON]], I'm [[58|AGE]], and I'm an [[associate professor|JOB_TITLE]], lektor we say, in journalism at the [[Danish School of Media and Journalism|SCHOOL]] in [[Aarhus|CITY]]. I've taught there since [[2008|DATE]], and before that I was a reporter at a regional paper for fifteen years.

AI: Thanks, [[Mette|PERSON]]. How do you use AI in your teaching?

User: Um, I teach it actually, as a subject. How to verify, how not to be fooled. I use [[Perplexity|AI_PRODUCT]] to show students how citations can be, eh, misleading, and [[NotebookLM|AI_PRODUCT]] for my own reading. Course material is on [[Brightspace|SOFTWARE]]. And [[Claude|AI_PRODUCT]] for drafting exam questions, which I then rewrite.

AI: Do you have colleagues working on this with you?

User: Yes, [[Frank Østergaard|PERSON]], he teaches data journalism. To be frank, ha, sorry, everyone makes that joke, [[Frank|PERSON]] is more enthusiastic than me. He brought in [[Geoffrey Hinton|PUBLIC_FIGURE]]'s talks as reading, the warnings, and the students loved it.

AI: Have you had privacy concerns as a teacher?

User: Yes. Students upload interview recordings with sources, full names, even CPR numbers sometimes when they do, eh, investigations about welfare. I saw one in a transcript, [[140366-2318|NATIONAL_ID]], that's a real format here, and I had to explain why that is not okay to put in a cloud tool.

AI: How do you see the future of journalism education?

User: In the [[spring semester|GENERIC_TIME]] we're adding a full module. I think we must teach students that [[Europe|CONTINENT]] has different rules, GDPR, the AI Act, than the [[United States|COUNTRY]]. [[Denmark|COUNTRY]] is small, we follow the EU.

AI: Thanks, [[Mette|PERSON]], this has been really helpful. How can the research team reach you?

User: Email [[mkj@dmjx-staff.dk|EMAIL_ADDRESS]], or my personal site, [[mettekjaergaard.dk|URL]]. I'm on Bluesky also, [[@mettekj.bsky.social|SOCIAL_HANDLE]].""")

T.append("""AI: Hello, thanks for joining. Could you start by telling me about yourself?

User: Hello, yes. I am [[Karthik Subramanian|PERSON]], [[26|AGE]] years, working as [[pharmacist|JOB_TITLE]] in [[Apollo Pharmacy|ORGANIZATION]], [[Velachery|CITY]] branch, in [[Chennai|CITY]]. I did my B.Pharm from [[Madras Medical College|SCHOOL]], finished [[2020|DATE]].

AI: Thank you, [[Karthik|PERSON]]. How is AI used in your pharmacy work?

User: Ah, so billing and stock is in [[Marg ERP|SOFTWARE]], that is not AI. But for me personally, I use [[Gemini|AI_PRODUCT]] to check drug interactions quickly, then I verify in the reference book, because, you know, it can be wrong. Customers ask in Tamil, sometimes I ask [[ChatGPT|AI_PRODUCT]] to make simple Tamil explanation of dosage.

AI: Does your manager know you use these tools?

User: Yes, my store manager, [[Lakshmi Narayanan|PERSON]] madam, she is okay with it. [[Lakshmi|PERSON]] madam only said, don't type customer name or prescription photo. Because sometimes the prescription has full address and all.

AI: Has anything gone wrong so far?

User: Once, um, one customer showed me his prescription on phone and also his Aadhaar card photo, [[6638 2014 9957|NATIONAL_ID]], and my colleague took screenshot to ask the AI. I told him delete, delete. Small mistake but could be big.

AI: What do you think about AI in Indian healthcare?

User: Very big potential. [[Sundar Pichai|PUBLIC_FIGURE]] is from [[Chennai|CITY]] only, so everybody here is proud, ha. But in the pharmacy the main thing is the human, the trust. In [[Pongal|GENERIC_TIME]] time we are very busy, AI cannot stand at counter.

AI: Thanks, [[Karthik|PERSON]], this has been really helpful. How can the research team reach you?

User: Phone is [[nine eight four, four one, double seven, two six three|OBF_PHONE|spoken_double_digits]]. Email is [[karthik dot s ninety nine at gmail dot com|OBF_EMAIL|spoken_at_dot_numbers]]. My home is [[Plot 18, 3rd Cross Street, Vijaya Nagar|ADDRESS]], [[Velachery|CITY]], [[600042|ADDRESS]].""")

T.append("""AI: Good morning. Thank you for joining. Could you introduce yourself?

User: Good morning. My name is [[Ibrahim Danjuma Musa|PERSON]]. I am [[37|AGE]] years old, a [[compliance officer|JOB_TITLE]] with [[Zenith Bank|ORGANIZATION]], I'm at the regional office in [[Wuse 2|CITY]], [[Abuja|CITY]]. I have been with the bank since [[2014|DATE]], after my master's at [[Ahmadu Bello University|SCHOOL]].

AI: Thank you, [[Ibrahim|PERSON]]. How does AI show up in compliance work?

User: Em, well, the core banking is [[Finacle|SOFTWARE]], and our AML screening has, let me say, some machine learning built in. For me, I use [[Copilot|AI_PRODUCT]] for drafting the reports to the regulator, and sometimes [[ChatGPT|AI_PRODUCT]] at home to understand a new circular from CBN. But strictly no customer data.

AI: Has that line ever been crossed in your team?

User: Once. A new analyst, [[Hauwa Abdullahi|PERSON]], she is very brilliant, but she pasted a suspicious transaction narrative with the customer's BVN, [[22184730956|NATIONAL_ID]], into an online tool. [[Hauwa|PERSON]] reported it herself, which I respect. We escalated to [[the head of compliance|GENERIC_ROLE]] and did a refresher for everybody.

AI: How do you feel about AI in Nigerian banking overall?

User: There is hope. Big men like [[Aliko Dangote|PUBLIC_FIGURE]] are investing in tech, fintechs are everywhere. But fraudsters also use AI, voice cloning and all that. In [[Africa|CONTINENT]] the regulation is still catching up. In [[Nigeria|COUNTRY]] specifically, the NDPC is getting stronger.

AI: Do you use AI for anything in your personal life?

User: My daughter [[Blessing|PERSON]] is [[nine|AGE]], she asks it questions about planets, ha. I supervise. During [[Sallah|GENERIC_TIME]] holidays she was asking it to write poems for her cousins.

AI: How can the research team reach you?

User: Email, [[ibrahim.d.musa@zenithbank-staff.com|EMAIL_ADDRESS]], or phone [[+234 803 418 2296|PHONE_NUMBER]]. My LinkedIn is [[linkedin.com/in/ibrahim-d-musa|URL]], you can message me there.""")

T.append("""AI: Hi, thanks so much for joining. Can you tell me about yourself?

User: Hey! Ja, so I'm [[Marike du Plessis|PERSON]], I'm [[32|AGE]], and I'm a [[brand strategist|JOB_TITLE]] at [[Fynbos & Finch Creative|ORGANIZATION]], it's a small studio in [[Woodstock|CITY]], in [[Cape Town|CITY]]. Before that I was at [[Ogilvy|ORGANIZATION]] in [[Johannesburg|CITY]] for, like, four years.

AI: Thanks, [[Marike|PERSON]]. How does AI fit into your work?

User: Okay so, um, [[Midjourney|AI_PRODUCT]] for concept boards, [[Runway|AI_PRODUCT]] for little motion tests, [[Adobe Firefly|AI_PRODUCT]] because clients feel safer with it, copyright-wise. Design is in [[Figma|SOFTWARE]]. We run projects on [[monday.com|SOFTWARE]], which, ha, is confusing when someone says let's sort it on [[Monday|GENERIC_TIME]]. Like, the day or the app?

AI: Who else in the studio uses these tools?

User: My boss, [[Jack Henderson|PERSON]], he's the founder, total jack of all trades. [[Jack|PERSON]] was against AI at first, he thought it was cheating, and now he's, like, the biggest fan. Then there's [[Lwazi Dlamini|PERSON]], our [[junior designer|JOB_TITLE]], who basically teaches all of us.

AI: Any concerns about the work you produce with AI?

User: So many, honestly. Clients ask, can you make it look like [[Trevor Noah|PUBLIC_FIGURE]] is endorsing us, and we're like, no, that's a deepfake, that's illegal. And in [[South Africa|COUNTRY]] we're super aware of, like, representation, the models are mostly trained on American faces.

AI: Do you have a public portfolio or social presence?

User: Ja, Instagram is [[@marike.makes|SOCIAL_HANDLE]] and my site is [[marikeduplessis.co.za|URL]].

AI: Thanks, [[Marike|PERSON]], this has been really helpful. How can the research team reach you?

User: Email [[marike@fynbosfinch.co.za|EMAIL_ADDRESS]]. Phone, um, [[oh eight two, five five oh, one nine four seven|OBF_PHONE|spoken_digits]]. I'm usually in the studio [[Tuesdays|GENERIC_TIME]] to [[Thursdays|GENERIC_TIME]].""")

T.append("""AI: Hi, thank you for joining. Could you tell me a little about yourself?

User: Hi, yes. I'm [[Maria Cristina dela Cruz|PERSON]], but everyone calls me [[Tina|PERSON]]. That's [[dela|PERSON]], [[D-E-L-A|PERSON|spelled_out]], then [[Cruz|PERSON]]. I'm [[43|AGE]], I'm a [[registered nurse|JOB_TITLE]] with [[Nova Scotia Health|ORGANIZATION]], working in long-term care in [[Halifax|CITY]]. I trained back home at [[University of Santo Tomas|SCHOOL]] in [[Manila|CITY]] and came to [[Canada|COUNTRY]] in [[2013|DATE]].

AI: Thanks, [[Tina|PERSON]]. How are AI tools used where you work?

User: Um, the charting is in [[Meditech|SOFTWARE]]. Some of the doctors now use [[Heidi|AI_PRODUCT]], the scribe, during rounds. For me, I use [[ChatGPT|AI_PRODUCT]] to, um, practise explaining things to families, like how to explain palliative care gently. English is my second language so sometimes I check my wording.

AI: Are there people at work who influenced how you use it?

User: My charge nurse, [[Rose MacLeod|PERSON]], she's very old school. [[Rose|PERSON]] says the paper chart never crashed, ha. But the unit educator, [[Bilal Qureshi|PERSON]], ran a session on it. And my husband [[rodel|PERSON]] works in IT, so he set it up on my phone.

AI: Have you had any privacy worries?

User: Yes, because families sometimes send documents. Once a daughter emailed her father's SIN to the unit, [[723 418 602|NATIONAL_ID]], and a new nurse almost put the email into an AI to summarise. I stopped her. In the [[Philippines|COUNTRY]] we also have data privacy law, but here it's more, you know, strict.

AI: Does AI come into family life at all?

User: My son is [[twelve|AGE]], he uses it for homework. And at [[Christmas|GENERIC_TIME]] I used it to write a Tagalog-English card for my lola, ha.

AI: Thanks, [[Tina|PERSON]], this has been really helpful. How can the research team contact you?

User: Phone is [[902-555-0164|PHONE_NUMBER]]. Email [[tinadelacruz.rn@outlook.com|EMAIL_ADDRESS]]. Home is [[58 Cobequid Road|ADDRESS]], [[Lower Sackville|CITY]], if you're mailing.""")

T.append("""AI: Good afternoon, thank you for joining. Could you introduce yourself?

User: Good afternoon. I am [[Mariam Al-Sulaiti|PERSON]], [[39|AGE]] years old, [[deputy principal for academic affairs|JOB_TITLE]] at [[Al Wakra Secondary School for Girls|SCHOOL]], in [[Al Wakrah|CITY]], south of [[Doha|CITY]]. I studied at [[Qatar University|SCHOOL]], education and English.

AI: Thank you, [[Mariam|PERSON]]. How is AI used in your school?

User: So, um, the ministry gave us [[Microsoft Teams|SOFTWARE]] and [[Copilot|AI_PRODUCT]] for staff. Grades are in [[PowerSchool|SOFTWARE]]. I like to use [[Jais|AI_PRODUCT]] because it is better in Arabic, for letters to parents. Teachers use [[ChatGPT|AI_PRODUCT]] for lesson plans, but students, we are still deciding.

AI: Are there teachers leading on this?

User: Yes, one English teacher, Ms. [[Hope Mensah|PERSON]], from [[Ghana|COUNTRY]], she is very creative. I hope we keep her for many years, ha. Ms. [[Hope|PERSON]] made a workshop for the whole department. And our IT coordinator, [[Yousef Khalil|PERSON]], he controls what is allowed.

AI: What concerns do you have about privacy?

User: The student files have QID numbers, and one time, em, a teacher uploaded a class list to make groups, with the IDs, like [[28963401572|NATIONAL_ID]]. [[Yousef|PERSON]] found it in the logs. Now nobody can upload [[Excel|SOFTWARE]] files to external AI.

AI: How does AI fit with the rhythm of your school year?

User: In [[Ramadan|GENERIC_TIME]] the day is shorter, so teachers love any tool that saves time. After [[Eid|GENERIC_TIME]] we have exams, and there we are very strict. No AI, no phones.

AI: Thanks, [[Mariam|PERSON]], this has been really helpful. How can the research team reach you?

User: Email, I write it this way because of spam: [[mariam[at]wakra-sec[dot]edu[dot]qa|OBF_EMAIL|bracket_at_dot]]. Phone, my son typed it in Arabic numbers for me, [[+٩٧٤ ٥٥٤٣ ٢١٨٧|OBF_PHONE|arabic_indic_digits]].""")

T.append("""AI: Hello, thank you for taking part. Could you introduce yourself?

User: Hallo, yes. I am [[Serkan Aydın|PERSON]], [[48|AGE]], I work as [[Bauleiter|JOB_TITLE]], that is site manager, at [[Hansebau Nord GmbH|ORGANIZATION]] in [[Hamburg|CITY]]. Mostly residential projects in [[Wilhelmsburg|CITY]] and [[Harburg|CITY]]. I studied at [[HafenCity Universität|SCHOOL]], finished [[2003|DATE]]. My parents came from [[Turkey|COUNTRY]] in the seventies.

AI: Thanks, [[Serkan|PERSON]]. How do you use AI on site?

User: Ehm, the plans are in [[Allplan|SOFTWARE]] and we mark up in [[Bluebeam|SOFTWARE]]. For AI, I use [[ChatGPT|AI_PRODUCT]] for the Bautagebuch, the site diary, I speak in the car and it makes the text. And [[Copilot|AI_PRODUCT]] for emails, the office uses it.

AI: Who else in your team uses these tools?

User: My colleague [[Rose Hartmann|PERSON]], she does the cost control. When prices rose in [[2022|DATE]], the steel, the concrete, everything, [[Rose|PERSON]] built a model with AI help to update all the offers. Very good work. And the young engineer, [[Paweł Zieliński|PERSON]], he is Polish, he uses it for translation with the subcontractors.

AI: Have there been any problems?

User: Once the AI made the site diary with the wrong date, so on paper we poured concrete on a [[Sunday|GENERIC_TIME]], ha, that was a problem with the client. And privacy, yes, the workers' documents, with tax numbers, sometimes people photograph them. I am careful.

AI: What do you think about the public debate on AI in Germany?

User: [[Angela Merkel|PUBLIC_FIGURE]] once said internet is Neuland, new land, and everybody laughed. With AI it's the same, we are slow. But construction is slow anyway, ha.

AI: Thanks, [[Serkan|PERSON]], this has been really helpful. How can the research team reach you?

User: Mobile, I say in German, [[null eins sieben null, vier vier acht zwei, neun eins drei|OBF_PHONE|german_number_words]]. Email [[s.aydin@hansebau-nord.de|EMAIL_ADDRESS]]. Or post to [[Veringstraße 47|ADDRESS]], [[21107|ADDRESS]] [[Hamburg|CITY]].""")

T.append("""AI: Hi, thanks for joining. Could you tell me about yourself and your role?

User: Hi, yes, um, I'm [[Agnieszka Wiśniewska|PERSON]], I'm [[44|AGE]], and I'm the [[practice manager|JOB_TITLE]] at [[Millbrook Surgery|ORGANIZATION]] in [[Swindon|CITY]]. It's a GP practice, about twelve thousand patients. I came from [[Poland|COUNTRY]] in [[2006|DATE]], started on reception, worked my way up.

AI: Thanks, [[Agnieszka|PERSON]]. How does AI come into running a GP practice?

User: Um, so our clinical system is [[SystmOne|SOFTWARE]], and we use [[Accurx|SOFTWARE]] for messaging patients. Two of the GPs trialled [[Tortus|AI_PRODUCT]], the ambient scribe thing, over [[the winter|GENERIC_TIME]]. And I use [[Copilot|AI_PRODUCT]] for, like, rotas and policies, there's so many policies.

AI: How did the GPs find the scribe?

User: Dr [[Fiona Kerr|PERSON]] loved it, she said she finally looks at the patient, not the screen. Dr [[Kerr|PERSON]]'s notes are actually better now. The other GP, Dr [[Oluwaseun Adebayo|PERSON]], found it missed things when patients have strong accents, which, you know, is half of [[Swindon|CITY]].

AI: Have there been any data protection issues?

User: One, yeah. A receptionist copied a letter into a free tool to tidy the wording, and it had the NHS number, [[943 476 5919|NATIONAL_ID]]. We reported it to [[the DPO|GENERIC_ROLE]], did a significant event analysis. [[Wes Streeting|PUBLIC_FIGURE]] keeps talking about AI in the NHS like it's magic, but, um, the basics are the risk.

AI: Do you use AI at home?

User: My husband, [[paweł|PERSON]], uses it for his, um, plumbing business quotes. And our daughter [[Zofia|PERSON]] is [[seventeen|AGE]], she is applying to uni, so, yeah, lots of personal statement drama.

AI: Thanks, [[Agnieszka|PERSON]], this has been really helpful. How can the team get in touch?

User: Email is [[a dot wisniewska at nhs dot net|OBF_EMAIL|spoken_at_dot]], that's [[W-I-S-N-I-E-W-S-K-A|PERSON|spelled_out]], no accent in the email. Or the surgery line, [[zero one seven nine three, four two zero, six one eight|OBF_PHONE|spoken_digits]], ask for me.""")

T.append("""AI: Hey, thanks for joining. Could you introduce yourself?

User: Hey, yeah. I'm [[Jae-won Park|PERSON]], most people call me [[JP|PERSON]]. I'm [[35|AGE]], I'm a [[senior producer|JOB_TITLE]] at [[Peachtree Audio Collective|ORGANIZATION]], we make podcasts and some public radio segments, here in [[Atlanta|CITY]]. Went to [[Georgia State|SCHOOL]] for journalism.

AI: Thanks, [[JP|PERSON]]. How do you use AI in audio production?

User: Oh man, it's changed everything. So editing is in [[Descript|AI_PRODUCT]], which is basically AI-first, you edit the transcript and the audio follows. [[Adobe Podcast|AI_PRODUCT]] for cleaning up bad [[Zoom|SOFTWARE]] audio. And, um, we tested [[ElevenLabs|AI_PRODUCT]] for voice, but we have a strict rule, no synthetic voices of real people without consent.

AI: Who do you work with on the shows?

User: My co-host is [[May Okafor|PERSON]], she's, like, the voice of the show. [[May|PERSON]] was on maternity leave in [[May|GENERIC_TIME]], funnily enough, and [[a client|GENERIC_ROLE]] asked if we could just clone her voice for a few ads. We said absolutely not. [[May|PERSON]]'s voice is her living.

AI: That's a striking example. What other concerns do you have?

User: Um, transcripts. [[Otter|AI_PRODUCT]] and these tools capture everything, like phone numbers guests say, addresses. We had a guest, [[Dominic Reyes-Tran|PERSON]], say his full home address on tape by accident, and the transcript just, you know, published it on the show page. We pulled it in an hour.

AI: How do you see the industry changing?

User: Honestly [[Joe Rogan|PUBLIC_FIGURE]] isn't worried, so, ha. But smaller shows, yeah, the cheap AI stuff is flooding the feeds. Since [[June 2021|DATE]] when we started the collective, the ad rates dropped a lot.

AI: Thanks, [[JP|PERSON]], this has been really helpful. How can the research team reach you?

User: My site is [[jaewonpark.fm|URL]], and I'm on Threads as [[@jaewonmakesaudio|SOCIAL_HANDLE]]. Phone [[404-555-0122|PHONE_NUMBER]]. Studio mail goes to [[1180 Peachtree St NE, Suite 9|ADDRESS]], [[Atlanta|CITY]].""")

write_set(T, sys.argv[1] if len(sys.argv) > 1 else "set_m")
