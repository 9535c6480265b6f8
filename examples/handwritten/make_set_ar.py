import sys
from markup import write_set
T = []

# 1 Philippines - barangay health worker
T.append("""AI: Thank you for making time today. To start, could you tell me a little about yourself and the work you do?

User: Sure, no problem. I'm [[Maricel Dela Cruz|PERSON]], [[38|AGE]] years old, and I've been a [[barangay health worker|JOB_TITLE]] in [[Batasan Hills|CITY]] since [[2013|DATE]]. We're under the [[Quezon City Health Department|ORGANIZATION]], assigned to the health center on our side of the barangay. Day to day I do home visits, blood pressure monitoring for the seniors, prenatal follow-ups, and I chase the kids who missed their vaccines. It's a lot of walking, honestly, and a lot of texting.

AI: A lot of texting, you said. Where does AI come into your work, if at all?

User: It started with my daughter, [[Kristine|PERSON]]. She's in college at [[Polytechnic University of the Philippines|SCHOOL]], and she showed me [[ChatGPT|AI_PRODUCT]] on my phone during the [[Christmas break|GENERIC_TIME]]. At that time I was struggling with the monthly report for our [[midwife|JOB_TITLE]], [[Rowena|PERSON]]. She needs the numbers per purok: how many hypertensive, how many pregnant, how many defaulters for immunization. Before, I wrote everything in a notebook and then typed it into [[Google Sheets|SOFTWARE]] at night after the kids were asleep. Now I take a photo of my tally sheet and ask the AI to arrange it into the table format [[Rowena|PERSON]] wants. Then I check it line by line, because sometimes it adds wrong. Once it said we had forty pregnant mothers in one purok. Impossible! We had fourteen. And before, I admit, I also typed patient details into it. There was one time I typed Lola [[Caridad Villanueva|PERSON]], [[82|AGE]], BP 170 over 100, what to tell her family. Our [[public health nurse|JOB_TITLE]], Ma'am [[Joy|PERSON]], saw it over my shoulder and she gave me a very long lecture about the Data Privacy Act. She's strict but she's right. Now I only write things like "senior, female, eighties, hypertensive, not taking maintenance." No names, no house numbers. Ma'am [[Joy|PERSON]] even made a small laminated card for all of us BHWs with the rules.

AI: How do people in the community usually reach you?

User: Mostly [[Facebook Messenger|SOFTWARE]] and text. My number is posted at the health center, [[0917 555 2841|PHONE_NUMBER]], so the mothers message me directly, sometimes at eleven in the night asking if the fever is dengue. When the training coordinator asked for our emails for the online seminar, I wrote it as [[maricel dot dc at yahoo dot com|OBF_EMAIL|spelled_at_dot]] on the form, because my son said spammers copy emails from the group chat. I don't know if that works, but he's the techie one.

AI: Have you used AI for anything else, for example health education?

User: Yes, for the posters and the announcements. Our [[barangay councilor|JOB_TITLE]], Kagawad [[Benjie Santos|PERSON]], asked me to make an announcement about the dengue clean-up every [[Saturday|GENERIC_TIME]] in [[July|GENERIC_TIME]]. I asked [[ChatGPT|AI_PRODUCT]] to write it in Tagalog and simple English, with the four S: search and destroy, self-protection, seek early consultation, support fogging. The Tagalog was a little bit stiff, like a textbook, so I fixed it myself. For some of the mothers from [[Samar|CITY]] I also asked it for Waray, but my neighbor said it was funny, mixed with Cebuano. So I don't trust it for Waray.

AI: What worries you about using these tools?

User: Two things. First, the advice is sometimes for rich countries. It will tell a patient to buy a brand of medicine that is not in our health center and not even cheap in the [[Philippines|COUNTRY]]. If I read that to a family they will feel bad. Second, the signal. In our area, when it rains, the signal drops, and the AI is useless. My notebook never loses signal. [[Kristine|PERSON]] laughs at me but I still carry it.

AI: If you could change one thing about how AI is introduced to health workers like you, what would it be?

User: Proper training, from the [[Department of Health|ORGANIZATION]] or from the city. Right now it's only the young ones teaching the old ones at the health center, and the [[supervisor|GENERIC_ROLE]] doesn't know what we are using. I think if they gave us a simple approved tool, in Filipino, with the privacy already built in, more BHWs would use it properly. We do a lot of paperwork for very small allowance. Anything that gives us back one hour, we will take it.""")

# 2 Japan - pharmacist
T.append("""AI: Thanks for joining. Could you introduce yourself and your role?

User: Yes, hello. My name is [[Takeda Haruka|PERSON]]. In [[Japan|COUNTRY]] we say the family name first, so on English forms I am [[Haruka Takeda|PERSON]]. I'm a [[community pharmacist|JOB_TITLE]] at [[Hokuyō Chōzai Pharmacy|ORGANIZATION]] in [[Kotoni|CITY]], which is the west side of [[Sapporo|CITY]]. I'm [[thirty-four|AGE]]. I graduated from [[Hokkaido University of Science|SCHOOL]] in [[2012|DATE]] and I moved to this branch in [[April 2019|DATE]].

AI: What does a typical day look like for you?

User: We are a "monzen" pharmacy, next to an internal medicine clinic, so most prescriptions come from one doctor. Many patients are elderly, with six, seven, sometimes twelve medicines. I check interactions, I explain, I write in their medicine notebook, and I do the billing claims. In winter it's flu and slipping injuries, so we are very busy. The hardest part is the written reports to doctors when I notice something, for example a patient is not taking the medicine properly.

AI: Is that where AI comes in?

User: Partly. Our company introduced [[Microsoft Copilot|AI_PRODUCT]] on the office PCs last [[autumn|GENERIC_TIME]]. I use it to make the first draft of those reports to the doctor, in polite Japanese. Keigo for doctors is very particular, and [[Copilot|AI_PRODUCT]] is actually quite good at it. At home I also use [[ChatGPT|AI_PRODUCT]] to study English, because I want to take an overseas pharmacy course. But I never put patient information in my personal account. In the pharmacy we use only the company one, and only with initials and age range. And yes, it gets things wrong. Once I asked about a patient, I said "male, eighties, warfarin, new antibiotic," and it gave a general warning, which was fine, but it also suggested a dose adjustment from an American guideline. Japanese dosing is often lower. If I was a new pharmacist maybe I would trust it. Our [[medical clerk|JOB_TITLE]], [[Ogawa|PERSON]]-san, is very skeptical of all of this. She says, "If the computer writes the report, what are you paid for?" She's half joking.

AI: Why do you think [[Ogawa|PERSON]]-san feels that way?

User: She has worked at the pharmacy for twenty years, longer than me. She knows every patient by face. For example, Mr. [[Sasaki|PERSON]], he's an [[81|AGE]]-year-old who comes every two weeks, and she knows when he is confused just by how he holds the umbrella. No AI knows that. I think she worries that the company will use these tools to cut staff. Our area [[manager|GENERIC_ROLE]] talks about "efficiency" a lot, so I understand.

AI: How do you communicate with patients outside the pharmacy?

User: For follow-up calls we use the pharmacy phone. Some younger patients use [[LINE|SOFTWARE]], the company has an official account for prescription photos. For your study, if you need to call me, please use the pharmacy number, [[０１１－６１２－４４７３|OBF_PHONE|fullwidth_digits]]. Ah, sorry, my keyboard is still in Japanese input mode, the numbers came out wide. I hope you can read it. About rules: the company made a one-page guideline in [[January|GENERIC_TIME]]: no names, no insurance numbers, no addresses, and always a pharmacist checks the output. The pharmaceutical association gives seminars, but they are mostly about online medication guidance, not generative AI. I joined one webinar with a professor from [[Tokyo|CITY]], and he showed [[Gemini|AI_PRODUCT]] summarizing package inserts. It was impressive, but the summary skipped a contraindication. Everyone in the chat got quiet.

AI: What would you like to see in the future?

User: I want a tool inside our dispensing system, [[Pharnes|SOFTWARE]], so I don't copy and paste between windows. Copy-paste is where mistakes happen. And I want it to know the Japanese package inserts, not American ones. If that comes, I think pharmacists in [[Japan|COUNTRY]] can spend more time talking to patients. That is the part of the job I like.""")

# 3 Kazakhstan - crisis centre caseworker
T.append("""AI: Hi, thanks for taking part. Can you tell me about yourself and your work?

User: Hello. I'm [[Aigerim Seitkali|PERSON]], I'm [[29|AGE]]. I work as a [[caseworker|JOB_TITLE]] at [[Kömek Crisis Centre|ORGANIZATION]] in [[Shymkent|CITY]]. We are a small NGO for women who experienced domestic violence: we have a shelter with twelve beds, a hotline, and legal consultations. I was born in [[Taraz|CITY]], I studied psychology at [[Auezov South Kazakhstan University|SCHOOL]], and I joined the centre in [[February 2021|DATE]].

AI: What does your caseload look like?

User: At any time I have maybe fifteen, twenty women. Some live in the shelter, some just call. My job is intake, safety plan, then connecting them with the police, the lawyer, the akimat social department, sometimes a job. A lot of coordination. Our [[director|GENERIC_ROLE]], [[Gulnara|PERSON]] apa, she is the founder. "Apa" means older sister or auntie, it's a respect word. She started the centre in her own apartment.

AI: How have you started using AI in this work?

User: Mostly for documents. Every case needs letters to the police, to the court, to the school if there are children. I write in Russian mostly, but official letters sometimes must be in Kazakh, and my written Kazakh is not perfect, I grew up speaking Russian at home. So I use [[ChatGPT|AI_PRODUCT]] to help me translate and make it formal. Also Yandex's [[Alice|AI_PRODUCT]], because it understands our local terms better sometimes. People laugh when I say "I asked [[Alice|AI_PRODUCT]]," they think it's a colleague.

AI: Do you put client information in those tools?

User: No. This is very strict with us. I change everything. For example, I had a woman, I'll call her [[Dana|PERSON]] here, not her real name, she had three children and the husband was threatening to take them to [[Russia|COUNTRY]]. For the letter I wrote "Client A, three minors," no names, no IIN numbers, no addresses. Then after the AI draft I put the real details myself, offline. [[Gulnara|PERSON]] apa checks every letter before it goes out. Once the AI made things harder. The draft to the police used a legal article that was from the old code, before the law changed in [[2024|DATE]]. If the [[police inspector|JOB_TITLE]], [[Yerlan Bekovich|PERSON]], had received it like that, he would call and lecture me for an hour. He is not a bad man, but he likes to correct young women. So now I always check articles on [[Adilet|SOFTWARE]], the official legal database. AI is good for language, not for law.

AI: How do women usually reach the centre?

User: The hotline, and more and more by [[Telegram|SOFTWARE]]. We have a channel, [[@komek_shymkent|SOCIAL_HANDLE]], where we post information about rights, and women write to us privately. For researchers and partners I give my work mobile, but I write it in words in emails because we had some bad people finding our staff numbers online: [[plus seven, seven-oh-one, five-five-five, forty-two, eighteen|OBF_PHONE|number_words]]. It sounds paranoid but in this work it's normal. The risks for organizations like ours? Security first. If a husband finds out where the shelter is, it's dangerous. So anything with location, never. Second, money. The paid versions are expensive for us, we are funded by small grants, sometimes from [[UN Women|ORGANIZATION]], sometimes from embassies. Third, I worry younger staff will copy and paste without thinking. I am young too, but I have seen what happens when information leaks.

AI: If you could design one AI tool for your centre, what would it do?

User: A tool that works in Kazakh and Russian equally, offline, on our own computer, that makes the letters and the monthly donor report. The donor reports take me two days every month. If it could read our [[Excel|SOFTWARE]] and write the narrative part, I would have two more days with women instead of with tables. That's what matters in [[Kazakhstan|COUNTRY]] right now, more hands with people.""")

# 4 Italy - paralegal
T.append("""AI: Good morning, and thanks for joining. Could you start by describing your job?

User: Buongiorno. I'm [[Chiara Bonetti|PERSON]], I'm [[44|AGE]], and I'm a [[paralegal|JOB_TITLE]], although in [[Italy|COUNTRY]] the title is not really formal, on my contract it says [[segretaria legale|JOB_TITLE]]. I work at [[Studio Legale Ferraresi & Pini|ORGANIZATION]], a small firm in [[Bologna|CITY]], right in the centre. Mostly family law and inheritance, some tenancy disputes. I've been there since [[2009|DATE]], so I've seen three generations of computers.

AI: What kinds of tasks fill your day?

User: Deadlines, deadlines, deadlines. I manage the calendar for the two lawyers, I prepare filings for the telematic process, I chase [[clients|GENERIC_ROLE]] for documents, I summarize case law. Avvocato [[Ferraresi|PERSON]] is old school, he dictates letters into a recorder still, and I type them. Avvocata [[Pini|PERSON]] is younger, she was the one who pushed us to try AI.

AI: Which tools do you use, and how?

User: We have [[ChatGPT|AI_PRODUCT]] with a business account, and I also tried [[Claude|AI_PRODUCT]] because a friend said it's better for long documents. Funny, my father-in-law is called [[Claude|PERSON]], he's French, so at home when I say "I asked [[Claude|AI_PRODUCT]]" my husband [[Stefano|PERSON]] always says "which one?" For case law we use [[DeJure|SOFTWARE]], which is the big legal database here, and I use the AI to make a first summary of long judgments. Then I read the judgment myself, at least the reasoning part.

AI: Was there a specific moment when you started trusting or not trusting the outputs?

User: In [[March 2023|DATE]], when the [[Garante per la protezione dei dati personali|ORGANIZATION]] blocked [[ChatGPT|AI_PRODUCT]] for some weeks, Avvocato [[Ferraresi|PERSON]] said "you see, it's illegal," and we stopped. When it came back, Avvocata [[Pini|PERSON]] wrote rules for the office. We never put the names of parties, never the codice fiscale, never the addresses. Once I was careless: I pasted a succession document for the [[Mancuso|PERSON]] family and it still had the fiscal code of the deceased mother, [[MNCLDI41C45A944R|NATIONAL_ID]]. I noticed after I pressed enter. I told Avvocata [[Pini|PERSON]] immediately, we deleted the chat and wrote it in the internal register. Nothing happened, but I felt sick for a day. We informed the son, signor [[Davide Mancuso|PERSON]], because it was his mother's data. He was very calm, actually, he works in IT in [[Modena|CITY]] and he said, "Signora, Google knows more about my mother than your chatbot." Still, it changed my habits. Now I have a text file with placeholders, "PARTE A," "IMMOBILE 1," and I replace before I paste.

AI: How do [[clients|GENERIC_ROLE]] get in touch with you?

User: The office line is [[+39 051 644 2193|PHONE_NUMBER]], and many [[clients|GENERIC_ROLE]] use [[WhatsApp|SOFTWARE]], which I don't love for legal documents. For the study you can write to me at [[chiara punto bonetti chiocciola ferraresipini punto it|OBF_EMAIL|italian_chiocciola_punto]]. Sorry, I write it the Italian way, chiocciola is the snail, the at sign. We do that on the website too, to avoid robots. Inside the firm, the AI users are mostly me and the trainee, [[Matteo|PERSON]]. He's [[26|AGE]] and he uses it for everything, even for emails to his girlfriend, I think. Avvocata [[Pini|PERSON]] uses it to check the tone of letters to the other side, when she's angry. Avvocato [[Ferraresi|PERSON]] never touches it, not even on [[Friday afternoons|GENERIC_TIME]] when everything is quiet. He says law is about people and a machine doesn't go to the [[Tribunale di Bologna|ORGANIZATION]] and wait three hours in the corridor.

AI: Looking ahead, what would make these tools more useful for you?

User: An Italian model trained on our procedure, connected to the court portal, that knows the deadlines under the civil procedure reform. And honestly, a simple way to anonymize documents automatically. I spend a lot of time replacing names by hand. If the software did that reliably, I would use AI much more, and I would sleep better.""")

# 5 Canada - court clerk Winnipeg
T.append("""AI: Thanks for talking with me today. Could you start by telling me about your role?

User: Sure. I'm [[Leanne Bighetty|PERSON]], I'm [[51|AGE]], and I'm a [[court clerk|JOB_TITLE]] with the [[Court of King's Bench|ORGANIZATION]] in [[Winnipeg|CITY]]. I'm Cree, I grew up in [[Pukatawagan|CITY]] up north and came down to the city for school at [[Red River College|SCHOOL]]. I've been with the courts since [[1998|DATE]], mostly in family division and, the last six years or so, criminal.

AI: What does a clerk's day look like?

User: In the courtroom I swear in witnesses, mark exhibits, keep the minutes, handle the audio. Out of court it's endorsements, orders, scheduling, answering the phone to people who are scared and don't know where to go. I always say half my job is paperwork and the other half is being nice to people on the worst day of their lives.

AI: Where has AI shown up in that?

User: The province rolled out [[Copilot|AI_PRODUCT]] in [[Outlook|SOFTWARE]] and [[Word|SOFTWARE]] last [[spring|GENERIC_TIME]], for staff who took the training. We are not allowed to use it on anything from a sealed file or youth matters, and frankly I don't use it near case content at all. I use it for the admin side: rewording emails to counsel, summarizing the long policy memos that come down from the [[director|GENERIC_ROLE]]'s office, drafting the schedule notices.

AI: Can you give me an example where it helped or didn't?

User: Helped: my colleague [[Marc-André|PERSON]] and I had to rewrite the plain-language guide for self-represented litigants. He's bilingual, I'm not, and [[Copilot|AI_PRODUCT]] gave us a decent French draft he could fix up in an afternoon instead of a week. Didn't help: one time I asked it to draft a letter and it filled in my home address from some old document in my [[OneDrive|SOFTWARE]], [[1127 Day Street|ADDRESS]], [[Transcona|CITY]], [[R2C 1B6|ADDRESS]]. That letter was going to an accused person's lawyer. I caught it, thank God, but I went pale. I reported it to IT right away. They were decent about it. They asked for my employee number, [[E-0048213|NATIONAL_ID]], opened a ticket, and cleaned up my [[OneDrive|SOFTWARE]]. My [[manager|GENERIC_ROLE]] said it was good that I reported, and they put a line about it in the next training. But it showed me, these things know more about you than you think.

AI: Do the judges use these tools?

User: Not that I see. Justice [[Okafor|PERSON]], who I clerk for most, she's very careful. She asked me once what [[ChatGPT|AI_PRODUCT]] was, and then she said, "[[Leanne|PERSON]], if anyone files something written by that, I want to know." And we have had one, a self-rep who filed a brief with cases that don't exist. Three of them. She adjourned and explained to him very kindly, but it was on the record. The public reaches me through the registry, mostly. My work email is [[leanne.bighetty@mbcourts.ca|EMAIL_ADDRESS]], and people find it on old notices. I get emails from all over, even from [[Thompson|CITY]] and [[The Pas|CITY]], people asking me what to do about custody, and I have to say I can't give legal advice, here is [[Legal Aid|ORGANIZATION]], here is the family resolution service. Some of them I think are using AI to write to me now, the emails are suddenly very formal and very long.

AI: Do you see any particular risks for Indigenous people going through the courts?

User: Yes, a lot. If AI gets used for things like bail or pre-sentence reports, it learns from a system where our people are already overrepresented. The Premier, [[Wab Kinew|PUBLIC_FIGURE]], talks a lot about reconciliation, and I hope that includes this. Nobody up north has good internet either. My auntie in [[Pukatawagan|CITY]] still calls me on a landline. So if the court goes "AI first," people get left behind. I'd like Indigenous staff at the table when they decide, not after. That's my two cents from a clerk in [[Canada|COUNTRY]].""")

# 6 Norway - child welfare caseworker
T.append("""AI: Thank you for joining. Could you tell me who you are and what you do?

User: Of course. My name is [[Sigrid Haugland|PERSON]], I'm [[36|AGE]], and I work as a [[barnevernspedagog|JOB_TITLE]], a child welfare officer, in the child welfare service of [[Tromsø kommune|ORGANIZATION]]. I grew up in [[Alta|CITY]], studied at [[UiT The Arctic University of Norway|SCHOOL]], and started in the service in [[August 2015|DATE]]. These days I'm mostly on investigations, so when a report of concern comes in, my team has three months to find out what is going on in the family and whether they need help.

AI: Where does AI appear in that kind of work?

User: Carefully, and late. The municipality opened [[Copilot|AI_PRODUCT]] for employees in [[2024|DATE]], but with strict rules: nothing from the case system, nothing with personal data. Our case system is [[Familia|SOFTWARE]], and that one has no AI at all, which is maybe a good thing. I use [[Copilot|AI_PRODUCT]] for the general parts: summarizing new guidelines from the [[Directorate for Children, Youth and Family Affairs|ORGANIZATION]], making a plain-language letter template, preparing a presentation for the schools. My colleague [[Øystein|PERSON]] uses it much more, he makes it write the first version of every meeting agenda. He says it saves him a [[Monday morning|GENERIC_TIME]] every week.

AI: Can you describe a situation where it was genuinely useful?

User: Yes. We had a family who had just arrived from [[Somalia|COUNTRY]], and I'll call them the [[Abdi|PERSON]] family, which is a very common name so it's fine. The mother had almost no Norwegian and the interpreter was only available twice a week. I asked [[ChatGPT|AI_PRODUCT]], on my own phone but without any details, to explain in simple words what a child welfare investigation is and what rights parents have. Then I gave that text to the interpreter, and she adjusted it and translated it. The mother said afterwards it was the first time she understood we were not there to take the children. That, for me, is the most important thing. In [[Norway|COUNTRY]] there is a lot of fear about barnevernet in immigrant communities, and some of it is earned, honestly.

AI: And have there been situations where it worried you?

User: Once, a younger colleague pasted a whole report from a kindergarten into a public chatbot to get a summary. The names were in it, the child's birth date, the address in [[Kvaløya|CITY]]. She didn't think about it, she was just overloaded. Our [[leader|GENERIC_ROLE]] had to report it as a deviation, and we had a long meeting. I felt sorry for her. The real problem is the caseload, not the tool. When you have twenty-five investigations you look for shortcuts. We also had a Sámi family where the AI translation to North Sámi was almost nonsense, and my colleague [[Máret|PERSON]], who speaks it, said it would have been insulting to send it.

AI: How do families and partners usually contact you?

User: By phone through the reception, or by secure digital mail. I don't give out my direct number to families any more. For researchers or partners I write my email as [[sigrid.haugland krøllalfa tromso.kommune punktum no|OBF_EMAIL|norwegian_krollalfa]], krøllalfa is what we call the at sign, curly alpha. My old email was once on a list that got spammed by an angry father, so I became careful. Sometimes people can't figure it out and call the switchboard instead, which is also fine.

AI: What do you think should happen next with AI in child welfare?

User: I think national guidance, not every municipality making its own rules. The [[State Administrator in Troms and Finnmark|ORGANIZATION]] should help smaller municipalities, because some of them have two caseworkers in total and no IT department. And I want us to talk more with families about it. If a parent finds out that a machine summarized their case, they should not be surprised. Trust is everything in this work. The Prime Minister, [[Jonas Gahr Støre|PUBLIC_FIGURE]], talks about digitalising the public sector, and that's fine, but in [[Tromsø|CITY]] we still have families where the father is out fishing for weeks and the mother has no internet. The tools must fit those people too.""")

# 7 Jordan - humanitarian protection officer
T.append("""AI: Hello, and thanks for joining. Could you introduce yourself and your work?

User: Hi, sure. My name is [[Rania Al-Khatib|PERSON]], I'm [[32|AGE]], and I'm a [[protection officer|JOB_TITLE]] with [[Noor Relief Jordan|ORGANIZATION]]. I'm based in our field office in [[Mafraq|CITY]], close to the Syrian border, and I've been in this job since [[2017|DATE]]. Before that I studied sociology at [[Yarmouk University|SCHOOL]] in [[Irbid|CITY]]. We work mostly with Syrian refugees living outside the camps: case management for women at risk, children who are out of school, people with disabilities, and referrals to cash assistance and legal aid.

AI: What does a normal week look like?

User: Field visits [[Sunday to Wednesday|GENERIC_TIME]], office on [[Thursday|GENERIC_TIME]] to catch up on case notes. Our [[driver|JOB_TITLE]], [[Abu Fadi|PERSON]], knows every village and every road, he is honestly half my job. [[Abu Fadi|PERSON]] is how everyone calls him, it means father of [[Fadi|PERSON]], I don't think I ever heard his real first name used in the office. We visit families in rented rooms, in farms, sometimes in tents on the land of a Jordanian landlord. Then we assess, we write, we refer. The writing is what kills us.

AI: Is the writing where you've brought in AI?

User: Yes. My [[line manager|GENERIC_ROLE]], [[Sophie|PERSON]], she's from [[France|COUNTRY]], she introduced us to [[ChatGPT|AI_PRODUCT]] for donor reports. The rule is very clear: no case data, no names, no registration numbers. We have our own data in [[KoboToolbox|SOFTWARE]] and the [[UNHCR|ORGANIZATION]] numbers stay in [[proGres|SOFTWARE]], we never copy them out. But for the narrative parts, like "describe the main protection trends this quarter," I give it anonymous statistics and it helps me write in good English. My English is good, but donor English is a special language.

AI: Can you give an example of a specific case where it helped or caused trouble?

User: There was a widow I worked with, everyone calls her [[Umm Khaled|PERSON]], with four kids and one of them with cerebral palsy. She needed a referral to a physiotherapy programme in [[Amman|CITY]], and the form was in English only. I asked the AI to help me turn her story, without identifying details, into the language of the form. It worked well. The trouble came when I asked it to help with the Arabic message to her, to explain the next steps. The Arabic it gave was very formal, like a newspaper, and she is from a village near [[Daraa|CITY]], she would not feel that it was for her. So I rewrote it in our dialect. For Arabic I still trust myself more.

AI: How do the families reach you?

User: [[WhatsApp|SOFTWARE]] mostly. Every family has a phone even if they have no food, the phone is their lifeline. We have a hotline, but many prefer to send voice notes to the caseworker directly. My work number I write in Arabic numerals on the referral cards, like this: [[٠٧٩ ٥٥٥ ٢٣١٨|OBF_PHONE|arabic_indic_digits]], because the families read those more easily than the Western digits, and honestly it also means the scraping bots on [[Facebook|SOFTWARE]] don't pick it up. I learned that from a colleague in [[Lebanon|COUNTRY]].

AI: Looking at the bigger picture, what concerns you about AI in humanitarian work?

User: Two things. First, the big agencies will build AI tools and small local NGOs like ours will be asked to feed data into them, and we won't control what happens. Refugees cannot really say no to the organization that gives them cash. Second, funding. In [[2023|DATE]] and again this year our budget was cut, and I hear [[managers|GENERIC_ROLE]] in [[Amman|CITY]] say "AI can do the reporting, we need fewer staff." But AI cannot sit on the floor with [[Umm Khaled|PERSON]] and drink tea and understand why she is afraid. I'd like the people who decide, at [[UNHCR|ORGANIZATION]] and in the donor capitals, to come to [[Mafraq|CITY]] for one week. Then we can talk about efficiency.""")

# 8 Australia - Aboriginal health worker Dubbo
T.append("""AI: Thanks for joining me. Could you tell me a bit about yourself and your role?

User: Yeah, no worries. I'm [[Shane Walker|PERSON]], Wiradjuri man, [[45|AGE]] this year. I'm an [[Aboriginal Health Worker|JOB_TITLE]] at [[Macquarie Aboriginal Medical Service|ORGANIZATION]] in [[Dubbo|CITY]]. Been there since [[2011|DATE]], before that I was driving trucks. I do chronic disease stuff mostly, diabetes, heart health, kidney checks, and I run the men's group on [[Tuesday nights|GENERIC_TIME]]. I also go out to [[Wellington|CITY]] and [[Narromine|CITY]] for outreach clinics.

AI: Where does AI turn up in your job?

User: The big one this year is the scribe thing. The doctors started using [[Heidi|AI_PRODUCT]], it listens to the consult and writes the notes into [[Best Practice|SOFTWARE]]. Dr [[Nguyen|PERSON]], our main [[GP|JOB_TITLE]], loves it, says he looks at the patient now instead of the keyboard. But we had to think hard about consent. A lot of our mob don't want to be recorded, full stop, and for good reasons, history and all that. So we made a rule: the health worker explains it first, in plain language, and if the person says no, it's off. No pressure.

AI: How do you explain it to people?

User: I just tell them straight. "Doc's got a program that listens and writes the notes, nobody else hears it, it gets deleted after, do you want that on or off?" Aunty [[Marlene|PERSON]], she's one of our Elders, she said, "Turn it off, I want the doctor to write it with his own hand like a proper doctor." Everyone laughed. Uncle [[Ray|PERSON]] on the other hand said, "Leave it on, I got nothing to hide, I want him looking at my foot not his computer." So it's really person by person.

AI: Do you use any AI tools yourself?

User: A bit. I use [[ChatGPT|AI_PRODUCT]] to make the handouts for men's group, like "what does your HbA1c mean" in simple words. Then I rewrite it in how we talk. It writes like a city fella. I also use [[Canva|SOFTWARE]] for the flyers, it's got AI in it now too. The men's group has an [[Instagram|SOFTWARE]], [[@shane.walks.dubbo|SOCIAL_HANDLE]], and I post walking group times there. Probably shouldn't have my name in it but it's too late now, everyone knows me anyway.

AI: Is there a time it went wrong or nearly went wrong?

User: Yeah, one. I was writing a letter to housing for a client, his place had no working air con in [[January|GENERIC_TIME]] and he's on dialysis. I typed the real address into the chatbot, [[41 Boundary Road|ADDRESS]], [[Dubbo|CITY]] [[2830|ADDRESS]], without thinking, because I wanted it to make the letter look proper. Our practice [[manager|GENERIC_ROLE]] saw it and pulled me up, nicely. Now I leave blanks and fill them after. She also said never put in Medicare numbers or anything like that, which, fair enough. If housing needs to call me they've got my work mobile, [[0412 555 087|PHONE_NUMBER]], that's the way it should go, person to person.

AI: What would you want decision-makers to understand?

User: That our mob need to be in the room when these tools get picked. Not consulted after, in the room. We've got the Closing the Gap targets and [[Anthony Albanese|PUBLIC_FIGURE]] talks about them every year, but no one asked an [[Aboriginal Health Worker|JOB_TITLE]] in [[Dubbo|CITY]] what the AI scribe should do. I reckon if the tools were made with community-controlled health, they'd be better for everyone in [[Australia|COUNTRY]], not just us. That's my yarn, anyway.""")

# 9 Vietnam - hospital social worker
T.append("""AI: Thank you for taking the time. Could you introduce yourself?

User: Dạ, hello. My full name is [[Nguyễn Thị Thu Hà|PERSON]], but at work everyone calls me chị [[Hà|PERSON]], or just [[Hà|PERSON]]. I'm [[27|AGE]]. I'm a [[medical social worker|JOB_TITLE]] at [[Da Nang Hospital|ORGANIZATION]], in the social work unit. I graduated from the [[University of Social Sciences and Humanities|SCHOOL]] in [[Ho Chi Minh City|CITY]] in [[2019|DATE]] and came back home to [[Da Nang|CITY]] because my parents are here.

AI: What does a hospital social worker in your unit do?

User: Many things. We support poor patients to get financial help, we connect with charities, we help patients who have no relatives, we welcome patients and show them where to go because the hospital is very big and confusing for people from the countryside. Sometimes we also do counseling for families when a patient is dying. There are only five of us for more than a thousand beds, so we are always running.

AI: How did you start using AI tools?

User: My colleague, anh [[Tuấn|PERSON]], he is the one who likes technology. He showed me [[ChatGPT|AI_PRODUCT]] and later [[Gemini|AI_PRODUCT]] on his phone. First I used it to write fundraising posts for the hospital [[Facebook|SOFTWARE]] page. For example, we had a patient, bác [[Lộc|PERSON]], a [[64|AGE]]-year-old man from a mountain village in [[Quảng Nam|CITY]], with a heart operation he couldn't pay for. I wrote the story myself, then asked the AI to make it shorter and more touching, and we raised enough money in four days. But I had to ask bác [[Lộc|PERSON]] and his son for permission to share his photo, and I changed his village name in the post.

AI: Do you have rules at the hospital about using AI?

User: Not yet official. Our [[head of department|GENERIC_ROLE]] told us verbally: do not put the patient's full name, ID card number or medical record number in any AI. Only general information. Honestly, some young doctors don't follow this, they put lab results in to ask for interpretation. I don't judge them, they are very tired, but I am nervous about it. In [[Vietnam|COUNTRY]] the new decree on personal data protection came in [[2023|DATE]], and I think many people in hospitals don't know it well yet.

AI: How do patients and partners contact you?

User: Through the hospital switchboard, and a lot through [[Zalo|SOFTWARE]], which is like our [[WhatsApp|SOFTWARE]]. Charity partners, volunteer groups, they all message on [[Zalo|SOFTWARE]]. For email I use my personal one because the hospital email is slow. I write it like [[thuha.ctxh [at] gmail [dot] com|OBF_EMAIL|bracket_at_dot]] in posts, because once I put it plainly and I received so much spam about loans. Ctxh is the short form of công tác xã hội, social work.

AI: Is there anything about AI that makes your work harder, or anything you hope for?

User: Harder: patients' relatives now come with printouts from AI saying their father should have this treatment or that one, and then they argue with the doctor, and the social worker is in the middle. Last [[Tết|GENERIC_TIME]] I spent a whole afternoon calming one family. Hope: I hope there will be a Vietnamese tool that knows our health insurance rules. The rules change so often, even I get confused, and poor families lose money because they don't know which paper to bring. If AI could explain that in simple Vietnamese, for a farmer from [[Hội An|CITY]] or from the mountains, it would help so many people. That's my dream for the tool, not the fancy things.""")

# 10 Sweden - school counsellor Malmö
T.append("""AI: Hi, thanks for being here. Could you start by introducing yourself?

User: Sure. I'm [[Jonas Bergström|PERSON]], [[41|AGE]], and I work as a [[skolkurator|JOB_TITLE]], school counsellor, at [[Sofielundsskolan|ORGANIZATION]] in [[Malmö|CITY]]. It's a compulsory school, years seven to nine, in a pretty mixed area. My employer is [[Malmö stad|ORGANIZATION]], the city. I trained as a social worker at [[Lund University|SCHOOL]] and worked in social services in [[Helsingborg|CITY]] before I moved into schools in [[2016|DATE]].

AI: What kinds of things do students come to you with?

User: Everything. Anxiety, family conflict, friendship drama, self-harm, kids who are being pulled into criminal networks, kids who just need an adult to be calm with them for twenty minutes. I work closely with our [[school nurse|JOB_TITLE]], [[Fatima|PERSON]], and the [[principal|GENERIC_ROLE]], and with social services when we have to make a report. A lot of my day is meetings, honestly, and documenting in [[PMO|SOFTWARE]], which is the student health record system.

AI: Where have AI tools come into that?

User: Two ways. The city gave us [[Copilot|AI_PRODUCT]] in [[Teams|SOFTWARE]] last year, and I use it to summarize long meetings that don't involve individual students. Staff meetings, network meetings about the neighbourhood. That's allowed. And the students, of course. They use [[ChatGPT|AI_PRODUCT]] and [[Snapchat|SOFTWARE]]'s [[My AI|AI_PRODUCT]] for everything, including emotional stuff. One girl in year eight told me she talks to the chatbot at night when she can't sleep, because it's "always nice." That's not nothing. But it also told her something about medication that was completely wrong.

AI: How did you handle that conversation?

User: I didn't want to shame her, so I asked her to show me. We read it together and I said, look, it doesn't know you, it doesn't know your body, it didn't ask a single follow-up question. Then we booked a time with [[Fatima|PERSON]]. Afterwards my colleague [[Mats|PERSON]], who teaches social studies, and I did a lesson for the whole year group about chatbots and mental health. The kids were super engaged. A couple of them had found ways to make it say terrible things, and they were proud of it, which was also useful.

AI: How do parents or external partners reach you?

User: My work phone is [[040-34 12 87|PHONE_NUMBER]], that's on the school website. Email, I prefer if people write it out, I write it like [[jonas punkt bergstrom snabel-a malmo punkt se|OBF_EMAIL|swedish_snabel_a]] in the letters home. Snabel-a is what we call the at sign in Swedish, the elephant trunk A. Parents who speak Arabic or Somali sometimes use a translation app to write to me and the result is very strange, so I usually call them instead, with an interpreter.

AI: What do you think schools should be doing about AI and student wellbeing?

User: Talking about it openly, and not only as a cheating problem. Everyone in [[Sweden|COUNTRY]] is worried about cheating on essays, but the bigger issue for me is kids using it as a therapist. We should teach them when to go to a human. And the adults need training too. Some colleagues still think it's a fad. Funny thing, half my students know more about [[Zlatan Ibrahimović|PUBLIC_FIGURE]] growing up in [[Rosengård|CITY]] than about anything else in [[Malmö|CITY]] history, and when they asked a chatbot about him it made up a story about him visiting our school. They were so disappointed when I said it never happened. That's a good lesson about AI in one sentence, actually.""")

# 11 Korea - social welfare official Seoul
T.append("""AI: Hello, thank you for joining. Could you introduce yourself and your job?

User: Hello. I am [[Park Ji-hoon|PERSON]], [[33|AGE]] years old. I'm a [[social welfare public official|JOB_TITLE]] at the [[Mangwon 1-dong Community Service Center|ORGANIZATION]], which belongs to the [[Mapo-gu Office|ORGANIZATION]] in [[Seoul|CITY]]. I passed the civil service exam in [[2018|DATE]]. Before that I studied social welfare at [[Kyungpook National University|SCHOOL]] in [[Daegu|CITY]], my hometown.

AI: Thanks, [[Ji-hoon|PERSON]]. What does your work at the community center involve?

User: We are the front line for welfare in the neighborhood. Basic livelihood applications, emergency support, checking on elderly people living alone, people who are at risk of lonely death. We visit homes, we make phone calls, we enter everything into [[Haengbok-eum|SOFTWARE]], the social security information system. And we write many, many official documents in [[Hangul|SOFTWARE]], the HWP program. Government in [[Korea|COUNTRY]] still loves HWP files.

AI: How have AI tools entered that work?

User: Officially, the district started a pilot with an AI call service. The AI calls elderly residents once a week and asks, "Did you eat? Are you feeling well?" If they don't answer twice, we get an alert. It is based on [[HyperCLOVA X|AI_PRODUCT]] from Naver, I think. Personally, I use [[ChatGPT|AI_PRODUCT]] at home to plan my documents, but at the office the internal network blocks it, so I can't copy anything in. Honestly that's a good thing, because some colleagues would paste everything.

AI: Has the AI call service made a difference in a specific case?

User: Yes. There was a grandmother, halmeoni [[Choi|PERSON]], [[87|AGE]], who lived alone in a semi-basement room. The AI call didn't get an answer two times, and our [[team leader|GENERIC_ROLE]], Team Leader [[Kim|PERSON]], sent me to check. She had fallen in the bathroom and could not stand up for almost a day. We called 119 and she recovered. So I am grateful for the system. But also, the same week, the AI flagged a man who simply was at his daughter's house in [[Incheon|CITY]]. So half the alerts are nothing, and we are very short of people. Privacy is the other big worry. One time my junior colleague, [[Seo-yeon|PERSON]], asked me if she could use a free translation AI to write a letter to a resident from [[Vietnam|COUNTRY]]. The draft she wanted to paste included the resident's registration number, [[890311-2754018|NATIONAL_ID]], because it was copied from the application. I stopped her just in time. In [[Korea|COUNTRY]] the resident registration number is like the key to everything, bank, hospital, phone. If it leaks, it's a disaster. We now have a rule in our team to remove numbers first, always.

AI: How do residents usually contact you?

User: They come to the center, or they call. Many elderly people write my mobile number on the wall calendar. Some younger people use [[KakaoTalk|SOFTWARE]]. When a resident asked me to write my work mobile in the Korean way, I wrote [[공일공 오오오칠 삼이일사|OBF_PHONE|korean_sino_number_words]], all in Korean number words. My grandmother does that too, she doesn't like seeing digits. People laughed but the old residents understood it better than numbers.

AI: Looking ahead, what would help most?

User: More staff. I know that is not an AI answer. But if AI can take the documents, the HWP reports, the statistics for the district office, then we can go outside more and meet people. Also I hope the AI call service learns regional dialects. Many of our residents came from [[Jeolla|CITY]] or [[Gyeongsang|CITY]] provinces long ago, and the AI voice sometimes doesn't understand them. If an old man speaks his dialect and the machine says "Sorry, I didn't understand," he feels stupid. We must design for them, not for young people in [[Gangnam|CITY]].""")

# 12 Spain - social worker Seville
T.append("""AI: Thanks for joining us. Could you introduce yourself and tell me what you do?

User: Claro. I'm [[Macarena Ruiz Ortega|PERSON]], two surnames, the Spanish way, although at work everyone calls me [[Maca|PERSON]]. I'm [[49|AGE]], and I'm a [[trabajadora social|JOB_TITLE]], a social worker, at the [[Centro de Servicios Sociales Triana-Los Remedios|ORGANIZATION]], which is part of the [[Ayuntamiento de Sevilla|ORGANIZATION]]. I studied at the [[Universidad de Sevilla|SCHOOL]] and I've been with the city since [[2001|DATE]]. I was born in [[Cádiz|CITY]] but I live in [[Dos Hermanas|CITY]] now, with my husband and two teenagers.

AI: What does a typical week look like for you?

User: Appointments [[Monday to Thursday|GENERIC_TIME]] mornings, home visits in the afternoons, and [[Friday|GENERIC_TIME]] is for the paperwork nobody wants to do. I manage the home-help service for elderly people, the dependency assessments, emergency grants. Right now I have about ninety active files. My colleague [[Paco|PERSON]], well, [[Francisco Jiménez|PERSON]], but nobody calls him that, he takes the families with children, and our [[psychologist|JOB_TITLE]], [[Inma|PERSON]], comes two days a week.

AI: How has AI entered that picture?

User: Slowly. The city hasn't given us any official tool yet. I use [[ChatGPT|AI_PRODUCT]] on my phone, sometimes [[Gemini|AI_PRODUCT]], for the boring writing: a reply to a complaint, a letter explaining why a grant was rejected in words that normal people understand. Administrative Spanish is terrible, you know, "en virtud de lo dispuesto," nobody understands that. The AI is good at making it human. But the data stays in [[SIUSS|SOFTWARE]], our social services system, and I don't copy from it. Never.

AI: Has there been a moment where you were tempted to, or where something went wrong?

User: Tempted, every day, ja ja. Something went wrong once with Doña [[Remedios|PERSON]], a lady of [[91|AGE]] in [[Triana|CITY]]. Funny, [[Remedios|PERSON]] like the neighbourhood, [[Los Remedios|CITY]]. Her son [[Curro|PERSON]] came to the office with a letter he had written with an AI to demand more hours of home help, full of laws, some of them from another region, some invented. He was furious with me because "the computer says she has the right." I spent an hour explaining. In the end we did get more hours, but because of the new assessment, not because of the letter. And he had put her DNI, [[28764512K|NATIONAL_ID]], in the chatbot, he told me himself, very proud.

AI: How do people usually contact you?

User: The centre phone, [[954 55 12 38|PHONE_NUMBER]], and they ask for [[Maca|PERSON]]. For partners and associations, I give my email, but I write it [[macarena.ruiz arroba sevilla punto org|OBF_EMAIL|spanish_arroba_punto]] in the flyers for the neighbourhood associations, so the robots don't take it. Arroba and punto, everybody here knows how to read that. Many elderly people come in person, with the paper in a plastic bag.

AI: What do you hope for, or worry about, with AI in social services?

User: I worry the politicians will see it as a way to not hire social workers. [[Pedro Sánchez|PUBLIC_FIGURE]] talks about digital transformation, the Junta talks about it, and meanwhile my [[coordinator|GENERIC_ROLE]] has been asking for two more workers since before the pandemic. I hope for a tool inside [[SIUSS|SOFTWARE]] that writes the first draft of the social report, with the data already there, safe. That would give me back my [[Fridays|GENERIC_TIME]]. And I hope it speaks Andalusian, ja ja, because the transcription apps do not understand my clients from [[Triana|CITY]] at all.""")

# 13 Malaysia - government clinic pharmacist
T.append("""AI: Thank you for joining. Could you start with a short introduction?

User: Sure. My name is [[Nurul Ain binti Hamzah|PERSON]], people call me [[Ain|PERSON]]. I'm [[30|AGE]] and I'm a [[pharmacist|JOB_TITLE]] with the [[Ministry of Health Malaysia|ORGANIZATION]], posted at [[Klinik Kesihatan Bandar Kota Bharu|ORGANIZATION]] in [[Kelantan|CITY]]. I graduated from [[Universiti Sains Malaysia|SCHOOL]] in [[Penang|CITY]] in [[2018|DATE]], did my provisional year in [[Kuala Lumpur|CITY]], then came home to [[Kota Bharu|CITY]].

AI: What does your day at the clinic involve?

User: Outpatient dispensing, mainly. Diabetes, hypertension, asthma, lots of elderly patients on many medicines. We also do medication therapy adherence clinics, home deliveries of medicine for people who cannot come, and the "Ubat Melalui Pos" service where we post medicines. My [[senior|GENERIC_ROLE]], [[Tan Wei Ling|PERSON]], handles the inventory and I do the counselling side. We record in [[PhIS|SOFTWARE]], the Pharmacy Information System, which is slow but we manage.

AI: Where has AI come into your work?

User: First it was for me personally. I make health education videos on [[TikTok|SOFTWARE]], my account is [[@farmasi.nurul|SOCIAL_HANDLE]], short videos in Kelantanese dialect about how to use inhalers, why you should not stop insulin during [[Ramadan|GENERIC_TIME]] without asking, things like that. I use [[ChatGPT|AI_PRODUCT]] to help me write scripts and check my English captions. At the clinic, some of us use [[Copilot|AI_PRODUCT]] on our own laptops to make presentations for CME sessions. We are careful, no patient names, no IC numbers.

AI: Can you describe a case where it helped, or didn't?

User: Helped: a patient, Pakcik [[Mat Zin|PERSON]], I can say his nickname because everyone in the village calls him that, he could not understand the new insulin pen. I asked the AI to make a simple step-by-step with pictures idea, then I drew it myself and wrote in Malay. He keeps it on his fridge. Didn't help: our [[medical officer|JOB_TITLE]], Dr. [[Saravanan|PERSON]], asked the AI about a drug interaction and it said something that is true for the American brand but not for the generic we have in [[Malaysia|COUNTRY]]. He checked with me, luckily. So I tell everyone, the AI does not know our formulary.

AI: How do patients reach you outside clinic hours?

User: Officially they shouldn't, ha. But many have my number because of the home delivery service. My colleague Kak [[Ros|PERSON]] told me to stop writing my number in digits on the delivery slips, because one slip got posted on [[Facebook|SOFTWARE]] by a patient's grandson. So now on the slips I write [[oh-one-three, nine-two-two, double five, zero-eight|OBF_PHONE|number_words_double]] in words. Patients can still call me, scammers have to work a little harder.

AI: What are your hopes and concerns for AI in public pharmacy?

User: My hope is a tool in Malay and in dialect that patients can ask at night, linked to the national formulary, with one of us checking the answers. Many patients in [[Pasir Mas|CITY]] or [[Tumpat|CITY]] are far from the clinic. My concern is that people will trust the chatbot more than us. Already some patients say "Google says" or "the AI says," and they stop their blood pressure medicine. Also, I don't want the [[Ministry|ORGANIZATION]] to buy something expensive that nobody uses, like some systems before. Ask us first, the pharmacists on the ground.""")

# 14 Greece - asylum legal aid lawyer Lesvos
T.append("""AI: Thank you for joining. Could you introduce yourself?

User: Hi, yes. I'm [[Eleni Papadopoulou|PERSON]], I'm [[35|AGE]], and I'm a [[lawyer|JOB_TITLE]] with the [[Aegean Legal Aid Network|ORGANIZATION]]. We're an NGO in [[Mytilene|CITY]], on [[Lesvos|CITY]], and we give free legal help to asylum seekers, mostly at first instance and appeals. I studied law at the [[Aristotle University of Thessaloniki|SCHOOL]] and came to the island in [[2019|DATE]], during the big arrivals, when the old camp was still there. I thought I'd stay six months.

AI: Who do you work with day to day?

User: A small team. Two lawyers, me and [[Yannis|PERSON]], three paralegals, and interpreters for Farsi, Dari, Arabic, French, Somali. Our [[Dari interpreter|JOB_TITLE]], [[Zahra|PERSON]], is the heart of the office honestly, she was an asylum seeker herself in [[2016|DATE]]. Our clients are mostly from [[Afghanistan|COUNTRY]], [[Somalia|COUNTRY]], [[Sierra Leone|COUNTRY]], some from [[Syria|COUNTRY]]. We go to the camp at [[Mavrovouni|CITY]] every week.

AI: Where do AI tools fit in?

User: Translation, first. We use [[DeepL|AI_PRODUCT]] for documents in French and English, and sometimes [[ChatGPT|AI_PRODUCT]] to help structure legal memos. Country-of-origin research takes forever, and AI can give you a first map, but it invents sources. I caught it citing a report that doesn't exist, with a real-looking title. Now my rule is: AI for structure and language, never for facts or case law. And no client names, no case numbers. We pseudonymize before anything leaves our own computers.

AI: Is there a case where it affected the outcome, for better or worse?

User: There was a client, Mr. [[Haidari|PERSON]], a former teacher from [[Herat|CITY]]. His interview transcript from the [[Asylum Service|ORGANIZATION]] had contradictions that came from bad interpretation, I was sure. I used AI, with anonymized text, to help me list the inconsistencies and draft the argument for the appeal. Then [[Zahra|PERSON]] checked the Dari against the Greek, line by line, and that was what really won it. The appeal was accepted. So AI helped with speed, but the human [[interpreter|JOB_TITLE]] found the truth.

AI: How can people contact you or your organization?

User: The office line is [[+30 22510 47788|PHONE_NUMBER]]. For professional contacts my email is [[e.papadopoulou(at)aegeanlegal(dot)gr|OBF_EMAIL|paren_at_dot]], we write it with parentheses on the website because we got targeted by phishing a lot, people pretending to be smugglers or asking for fake documents. I'm also on [[LinkedIn|SOFTWARE]], [[linkedin.com/in/eleni-papadopoulou-law|URL]], that's where most researchers find me.

AI: What worries you about the future of AI in asylum procedures?

User: The authorities using it for decisions, or for "credibility" assessments. The government of [[Kyriakos Mitsotakis|PUBLIC_FIGURE]] likes digital solutions, and the EU is funding lots of border technology. If an algorithm decides someone's story is "not credible" because it was translated badly, who do I cross-examine? And the people affected cannot easily complain. I'd rather see AI used to help lawyers and applicants understand the procedure. Many people arrive in [[Greece|COUNTRY]] with zero information and they sign papers they cannot read. That's where technology could actually be kind. Last [[winter|GENERIC_TIME]] a woman from [[Kabul|CITY]] showed me a chatbot answer on her phone telling her she could appeal after sixty days. The real deadline was fifteen. If she had believed the phone instead of coming to us, she would have lost everything. So the simplest thing, correct information in the right language, is still the most important.""")

# 15 Uzbekistan - patronage nurse Samarkand
T.append("""AI: Hello, thank you for joining. Please tell me about yourself and your work.

User: Assalomu alaykum. My name is [[Dilnoza Karimova|PERSON]], I am [[42|AGE]]. I work as a [[patronage nurse|JOB_TITLE]], we say patronaj hamshira, at [[Family Polyclinic No. 3|ORGANIZATION]] in [[Samarkand|CITY]]. I have worked since [[2006|DATE]], after I finished the medical college. Later I studied part-time at [[Samarkand State Medical University|SCHOOL]]. My area is four mahallas, about six hundred families. I visit pregnant women, newborns, elderly people, people with tuberculosis on treatment.

AI: What does a normal day look like?

User: In the morning I come to the polyclinic, take my list, then I walk. In [[winter|GENERIC_TIME]] it's cold and muddy, in [[summer|GENERIC_TIME]] it's very hot. I check blood pressure, weight of babies, I talk about vaccines, nutrition, iron tablets. Then in the evening I must enter everything into [[DMED|SOFTWARE]], the electronic system, and also the paper journals, because the inspection still wants paper. Our [[head nurse|JOB_TITLE]], [[Malika|PERSON]] opa, opa is like older sister, she checks the journals every [[Friday|GENERIC_TIME]].

AI: How did you start with AI?

User: My daughter [[Shahzoda|PERSON]], she studies in [[Tashkent|CITY]], installed [[ChatGPT|AI_PRODUCT]] on my phone. At first I was afraid of it. Now I use it to prepare talks for the mahalla women's meetings, about breastfeeding, about anemia. I ask in Russian and then I say it in Uzbek myself, because the Uzbek answers are sometimes strange, half Cyrillic half Latin. Our [[mahalla chairman|JOB_TITLE]], [[Rustam|PERSON]] aka, asked me to make a [[Telegram|SOFTWARE]] post about measles vaccination, and I used AI for that too.

AI: Have there been situations where the AI advice was a problem?

User: Once a young mother in [[Urgut|CITY]] showed me on her phone that the AI said her baby's fever could be treated with some medicine at home, and she was waiting. The baby was three months. I told her no, go to the doctor now, and I called the polyclinic myself. The baby had a serious infection. The AI did not say anything wrong exactly, but it didn't say "three months is different, go now." So I tell mothers: you can ask the phone, but then you ask me.

AI: How do families contact you?

User: [[Telegram|SOFTWARE]], mostly. I have a channel for my mahallas, [[@dilnoza_patronaj|SOCIAL_HANDLE]], with advice and the vaccination days. For my number, I write it with spaces, one digit, one space, like [[+ 9 9 8  9 0  5 5 5  1 2  3 4|OBF_PHONE|spaced_digits]], because my son told me that bots collect numbers from channels. I don't understand how, but I believe him.

AI: What do you think would help nurses like you the most?

User: A tool in Uzbek that can fill the [[DMED|SOFTWARE]] forms from my voice, while I walk. Every evening I spend two hours typing. If I could just speak, "family so-and-so, baby weight so much," and it goes into the system, that would be a miracle. Also, I want training that is for us, the nurses, not only for doctors. In [[Uzbekistan|COUNTRY]] there is a big program for digital health now, but the trainings happen in the city, in the afternoon, when we are walking. Nobody asks the [[patronage nurse|JOB_TITLE]].""")

# 16 Denmark - jobcentre caseworker Aarhus
T.append("""AI: Thank you for joining. Could you introduce yourself briefly?

User: Yes, of course. I'm [[Mette Kjærgaard|PERSON]], I was born in [[1966|DATE]], so I'm [[58|AGE]] now, one of the old ones in the office. I'm a [[sagsbehandler|JOB_TITLE]], a caseworker, at [[Jobcenter Aarhus|ORGANIZATION]], and I work with citizens on cash benefits who are far from the labour market. I trained as a social worker at [[VIA University College|SCHOOL]] and before [[Aarhus|CITY]] I was in the municipality of [[Randers|CITY]] for many years.

AI: Thanks, [[Mette|PERSON]]. What does your caseload look like?

User: About sixty citizens. Many have health problems, some have trauma, some have been refugees, some have addictions. The law requires a lot of meetings and a lot of documentation, and everything must go into [[KMD Momentum|SOFTWARE]], our case system. Sometimes I feel I am writing to the system more than talking to the citizen. My colleagues [[Rasmus|PERSON]] and [[Lone|PERSON]] sit in the same room as me, and we joke that the computer is the fourth caseworker.

AI: How has AI come into your work so far?

User: The municipality gave us [[Copilot|AI_PRODUCT]] in [[Microsoft 365|SOFTWARE]] in [[2024|DATE]], with a course. We are allowed to use it for general things: drafting information letters, summarizing new rules from the ministry, making agendas. Not for case material, and never CPR numbers. [[Rasmus|PERSON]] loves it, he is [[29|AGE]] and he uses it for everything allowed. [[Lone|PERSON]] refuses, she says she will retire before she learns another system. I am in the middle. I like that it helps me write in plain Danish. My letters used to be very bureaucratic.

AI: Could you tell me about a moment when it helped or went badly?

User: It helped with a citizen, I will call him [[Hussein|PERSON]], who had a meeting letter he didn't understand and so he didn't come, and then his benefit was sanctioned. I made a template with [[Copilot|AI_PRODUCT]], in simple Danish, short sentences, with a picture of the building in [[Gellerup|CITY]] where the meeting is. After that he came to every meeting. The bad moment was a [[colleague|GENERIC_ROLE]] from another team who copied a full journal note into the tool to shorten it, with the CPR number, something like [[050782-1234|NATIONAL_ID]], right there at the top. The IT security had to be informed. It was a real scare for the whole department.

AI: How do citizens and partners reach you?

User: Citizens mostly through [[Digital Post|SOFTWARE]] or by calling the jobcentre on [[+45 87 13 44 20|PHONE_NUMBER]]. My email I only give to partners, and when I paste it into a document I sometimes use a trick my nephew showed me, with invisible characters, so it looks like [[mette.kj​aergaard@​aarhus.dk|OBF_EMAIL|zero_width_chars]] but the robots can't read it. I'm not sure it works on people who copy it either, ha. Partners sometimes write back that my email bounced.

AI: What is your view on where this is going in the public sector?

User: Our Prime Minister, [[Mette Frederiksen|PUBLIC_FIGURE]], yes, the same first name, people tease me, she talks about fewer rules in the jobcentres, and I hope that comes before more AI. If AI only helps us produce more documentation for a bad system, it's no help. If it frees time to sit with a citizen and drink coffee and really listen, then it's good. I'm also worried about profiling, about an algorithm deciding who is "job ready." We had a discussion about that in [[Denmark|COUNTRY]] some years ago, with the [[Gladsaxe|CITY]] model, and I don't want that back. The citizens are people, not risk scores.""")

# 17 UAE - family counsellor Dubai
T.append("""AI: Hello, thank you for taking the time. Could you tell me about yourself?

User: Hello, with pleasure. My name is [[Mariam Al Suwaidi|PERSON]], I'm [[31|AGE]], and I'm a [[family counsellor|JOB_TITLE]] at the [[Community Development Authority|ORGANIZATION]] in [[Dubai|CITY]]. I work in family guidance, so couples in conflict, parents and teenagers, sometimes cases where there's a risk to children. I studied psychology at [[Zayed University|SCHOOL]] and I started in this role in [[2016|DATE]], after an internship at a hospital in [[Al Ain|CITY]].

AI: What do your days usually look like?

User: Sessions in the morning, mostly in person at our centre in [[Al Barsha|CITY]], some online. Then notes, referrals, coordination with schools and police if needed. We are a mixed team: my colleague [[Fatma|PERSON]] takes most of the Emirati families, [[Ahmed Al Hashimi|PERSON]] is our [[social worker|JOB_TITLE]] for the expatriate families, and I take both. Many expat families are from [[India|COUNTRY]], [[Pakistan|COUNTRY]], the [[Philippines|COUNTRY]], so language is always a topic.

AI: How have you been using AI tools?

User: The government is very pro-AI here, we have a Minister of State for Artificial Intelligence, so there is encouragement. We have [[Copilot|AI_PRODUCT]] on our work laptops. I also tried [[Jais|AI_PRODUCT]], the Arabic model made in the [[UAE|COUNTRY]], for writing psychoeducation materials in Arabic, and it's better than the others for Gulf expressions. And I use [[ChatGPT|AI_PRODUCT]] for preparing workshops, for example on screen time and teenagers. I never put case details. Family matters here are very private, people would be horrified.

AI: Has there been a case where this boundary was tested?

User: Yes, with a client who came with her own AI summary. She had written her whole marriage story into a chatbot and asked it whether she should divorce, and she brought me the answer printed. It was not bad advice, but it was completely generic, and she was taking it like a fatwa. Also she had typed in her Emirates ID number, [[784-1990-4456721-3|NATIONAL_ID]], because she wanted it to "check her legal status." I had to explain gently why that is not safe. After that I added a slide on privacy to every workshop.

AI: How do clients usually get in touch with you?

User: Through the authority's hotline or the app. Clients sometimes ask for my personal number, and I don't give it. For professional partners, like school counsellors, I give my work mobile, but in emails I type it half in words, [[050 five-five-five 19 eighty-two|OBF_PHONE|mixed_digits_words]], because a colleague's number got into some marketing list and she received property offers day and night. My [[supervisor|GENERIC_ROLE]] thought I was being dramatic but now she does it too.

AI: Where do you see this going for counselling?

User: I think AI will do the first step, triage, information, maybe booking. Sheikh [[Mohammed bin Rashid|PUBLIC_FIGURE]] always says the future is for those who prepare for it, and here everything moves fast. But counselling is about trust, and the trust in our culture goes to a person, and often to a person who knows the family's situation. I would like AI to free me from the reports so I can see more families, not replace me. And I hope the tools will understand that a family in [[Sharjah|CITY]] and a family from [[Kerala|CITY]] living in [[Dubai|CITY]] have very different ideas of what "normal" is.""")

# 18 Taiwan - long-term care case manager Tainan
T.append("""AI: Thank you for joining. Could you introduce yourself?

User: Hi! My name is [[Lin Yu-ting|PERSON]], but my English name is [[Tina|PERSON]], everyone at work uses that. I'm [[39|AGE]]. I work as a [[long-term care case manager|JOB_TITLE]] for the [[Tainan City Government Long-Term Care Management Center|ORGANIZATION]]. I cover [[Annan District|CITY]], which has a lot of elderly people living alone and many farming families. I grew up in [[Kaohsiung|CITY]] and studied occupational therapy at [[Chung Shan Medical University|SCHOOL]], then switched to case management in [[2017|DATE]].

AI: What does a [[long-term care case manager|JOB_TITLE]] do, for people who don't know?

User: When an older person needs help, after a stroke, dementia, anything, we go to the home and do an assessment. Then we make a care plan: home care hours, day care, transport, assistive devices, respite. We coordinate everything with the providers and follow up. My caseload is about two hundred. Every case has many forms in the national long-term care system, and we must update them every six months, so it's a lot of typing.

AI: How do you use AI in that?

User: Mostly for writing. I use [[ChatGPT|AI_PRODUCT]] to organize my visit notes into the format of the care plan narrative, but only after I remove names and ID numbers. There is also [[TAIDE|AI_PRODUCT]], the Taiwanese model, which writes more naturally in [[Taiwan|COUNTRY]] Mandarin, not mainland style. My colleague [[Xiao Chen|PERSON]], we call him that because there are two people surnamed [[Chen|PERSON]] in the office and he's younger, he made a shared prompt for all of us. Our [[supervisor|GENERIC_ROLE]] reviews the plans anyway, so the AI is only the first draft.

AI: Can you give an example from a specific case?

User: Yes, [[Huang|PERSON]] a-ma, a grandmother of [[92|AGE]] with dementia, living with her son and a [[caregiver|JOB_TITLE]] from [[Indonesia|COUNTRY]], [[Siti|PERSON]]. The son only speaks Taiwanese, [[Siti|PERSON]] speaks Indonesian and some Mandarin. The care instructions were getting lost. I asked the AI to make a simple instruction card in Mandarin and Indonesian, about fall prevention and when to call, and [[Siti|PERSON]] corrected the Indonesian. It worked well. But once the AI translated "respite care" in a way that sounded like sending a-ma to a hospital, and the son got very angry. I had to go back and explain with pictures.

AI: How do families contact you?

User: [[LINE|SOFTWARE]], of course, everyone in [[Taiwan|COUNTRY]] uses [[LINE|SOFTWARE]]. I have a work [[LINE|SOFTWARE]] account. For official documents they can email me. I usually write my email in full-width characters when I post it in the community group, like [[ｔｉｎａ．ｌｉｎ０３１２＠ｇｍａｉｌ．ｃｏｍ|OBF_EMAIL|fullwidth_chars]], because my Chinese input method types it that way and also it seems the spam bots don't catch it. Some older people can't copy it, so they just call the center.

AI: What's your biggest hope or worry about AI in long-term care?

User: Worry: the government may use AI to cut assessment visits, doing it by video or by algorithm. You cannot assess a home by video, you need to see the stairs, smell the kitchen, see if the rice cooker is used. Hope: AI could fill the forms from my voice notes while I drive between villages. I drive my scooter around [[Annan District|CITY]] all day in the sun. If the paperwork could be done when I reach the office, I could finish on time and see my own kids before they sleep. That would be a real improvement.""")

# 19 Portugal - court clerk Sintra
T.append("""AI: Good afternoon, and thanks for joining. Can you tell me about yourself?

User: Boa tarde. I'm [[Rui Tavares|PERSON]], [[53|AGE]] years old, and I'm an [[oficial de justiça|JOB_TITLE]], which is a court officer, a bit like a court clerk and bailiff together. I work at the [[Tribunal Judicial da Comarca de Lisboa Oeste|ORGANIZATION]], in the building in [[Sintra|CITY]]. I was born in [[Viseu|CITY]], came to [[Lisbon|CITY]] for university and stayed. I've been in the courts since [[1998|DATE]], a long time.

AI: What kind of tasks make up your work?

User: Processing cases in [[Citius|SOFTWARE]], which is our electronic case system, preparing notifications, summonses, attending hearings, and sometimes going out to serve documents or do seizures. We are very few. In my section we should be eight and we are five. Dona [[Fernanda|PERSON]], she's the most senior, she knows every article of the civil procedure code by heart. And there's the [[Zé|PERSON]], [[José Carlos|PERSON]], the young one, he's the one who brought AI into the section.

AI: How did that happen?

User: The [[Zé|PERSON]] started using [[ChatGPT|AI_PRODUCT]] on his phone to check how to phrase unusual notifications, and then to summarize long petitions from lawyers. The ministry then gave some courts a pilot with an assistant, I think it's based on [[Copilot|AI_PRODUCT]], for searching procedures. I was skeptical. After thirty years I don't trust shortcuts. But I must say it is useful for the small questions, like "what is the deadline for this type of opposition," as long as you check it in the code afterwards.

AI: Has it caused any problems?

User: One time, yes. A [[judge|JOB_TITLE]], Dra. [[Isabel Menezes|PERSON]], noticed that a draft notification had a legal reference that was from the old code. It came from the AI, the [[Zé|PERSON]] didn't check. She called the three of us into her office. She wasn't angry, but she was clear: "The signature is yours, not the machine's." Since then we have a rule in the section, everything from AI gets a second pair of eyes, usually Dona [[Fernanda|PERSON]]'s. Also we never put names of parties or tax numbers in it.

AI: How do lawyers or the public get in touch with you?

User: Mostly through the court email and [[Citius|SOFTWARE]]. For personal things, trade union matters, I use my own email, and on the union flyers I write it as [[rmtavares arroba sapo ponto pt|OBF_EMAIL|portuguese_arroba_ponto]], that's how we do it here to avoid spam. For internal matters people just need my número mecanográfico, the employee number, [[44127|NATIONAL_ID]], and they find me in the system.

AI: What do you hope for in the future of courts and AI?

User: More people, first. [[António Costa|PUBLIC_FIGURE]] promised modernization of justice when he was Prime Minister, and [[Citius|SOFTWARE]] was modern once, but now it's old and slow. If AI could handle routine notifications, I could spend time with the people who come to the counter, many of them immigrants from [[Brazil|COUNTRY]] or [[Cape Verde|COUNTRY]] who don't understand what a summons means. The AI should help them too, in simple Portuguese. Justice in [[Portugal|COUNTRY]] is slow, everybody knows. If technology makes it faster and still human, I will be the first to applaud, even at my age.""")

# 20 Lebanon - psychosocial counsellor Beirut
T.append("""AI: Hi, thanks so much for joining. Could you introduce yourself?

User: Hi! I'm [[Nour Haddad|PERSON]], [[26|AGE]], and I'm a [[psychosocial counsellor|JOB_TITLE]] at [[Bayt el Amal|ORGANIZATION]], a small NGO in [[Bourj Hammoud|CITY]], in [[Beirut|CITY]]. I did my master's in clinical psychology at the [[American University of Beirut|SCHOOL]], and I started working right after the port explosion, in [[August 2020|DATE]]. Honestly that shaped everything, the first months were only trauma.

AI: Who do you work with now?

User: Women, teenagers, some men, Lebanese, Syrian, Armenian families, a few domestic workers from [[Ethiopia|COUNTRY]]. Individual sessions and groups. My colleague [[Rita|PERSON]] does the children's groups and [[Hassan|PERSON]] does case management, so when someone needs cash or legal help he takes the referral. Our [[clinical supervisor|GENERIC_ROLE]] comes once a week from [[Jounieh|CITY]]. The economic crisis means people come with everything at once, depression plus no electricity plus eviction.

AI: How has AI come into your work?

User: In a few ways. I use [[ChatGPT|AI_PRODUCT]] to prepare psychoeducation sheets, like "what is a panic attack," and then I translate to Lebanese Arabic myself, because the AI's Arabic is too formal, it sounds like the news. [[Rita|PERSON]] uses [[Canva|SOFTWARE]]'s AI for the kids' materials. For supervision notes, never. We had a long debate in the team, and [[Hassan|PERSON]] convinced everyone to keep case files on paper in a locked cabinet, because of the electricity and because of privacy.

AI: Have clients brought AI into sessions themselves?

User: Yes! More and more. A teenager told me she talks to a chatbot every night, and another client, a woman I'll call [[Layal|PERSON]], showed me a conversation where the chatbot diagnosed her with bipolar disorder. She was terrified. We spent the whole session unpacking it. She doesn't have bipolar, she has a lot of grief. I think people go to AI because therapy is expensive and stigmatized, and the AI is free and doesn't judge. I understand. But it can also do harm.

AI: How do people find you or reach you?

User: Through our [[Instagram|SOFTWARE]] mostly, the NGO account and also my own professional page, [[@nour.listens|SOCIAL_HANDLE]], where I post about mental health in Arabic and English. On the page I write my email spelled out, [[nour underscore haddad at hotmail dot com|OBF_EMAIL|spelled_underscore_at_dot]], and for [[WhatsApp|SOFTWARE]] I write the number with letters instead of some digits, like [[+961 7I 555 9O2|OBF_PHONE|letter_digit_lookalikes]], with a capital I and a capital O, because bots kept adding me to crypto groups. People figure it out.

AI: What would you want from AI tools in the future?

User: Arabic that feels like us, and tools that are safe for people in crisis. If someone writes "I want to die" at three in the morning, the AI should connect them to [[Embrace|ORGANIZATION]], the Lebanese helpline, not give a list of American numbers. I also want the donors to understand that AI is not a replacement for counsellors. In [[Lebanon|COUNTRY]] we already lost so many therapists who emigrated. When [[Fairuz|PUBLIC_FIGURE]] plays on the radio in the waiting room, people cry, and I sit with them. A chatbot cannot do that part.""")

# 21 Canada - settlement counsellor Surrey BC
T.append("""AI: Thanks for making the time. Could you tell me about yourself and your job?

User: Happy to. I'm [[Harpreet Kaur Sandhu|PERSON]], I'm [[47|AGE]], and I'm a [[settlement counsellor|JOB_TITLE]] at [[Fraser Valley Newcomer Services|ORGANIZATION]] in [[Surrey|CITY]], [[B.C.|CITY]] Our office is in [[Newton|CITY]]. I came to [[Canada|COUNTRY]] in [[2003|DATE]] from [[Ludhiana|CITY]], in [[Punjab|CITY]], so I was a newcomer myself once. I did the settlement studies certificate at [[Kwantlen Polytechnic University|SCHOOL]] while my kids were small. Clients call me [[Harpreet|PERSON]] ji or just auntie, which I love.

AI: What kind of support do you give?

User: Everything that happens in the first five years. Housing applications, school registration, health cards, referrals to language classes, helping people understand letters from [[IRCC|ORGANIZATION]] or the [[CRA|ORGANIZATION]]. Lately a lot of Afghan families and some Syrian families who arrived years ago but still need help. Also Punjabi-speaking international students who are in a bad situation, working too many hours, scared of losing status. My colleagues [[Gurdeep|PERSON]] and [[Jasleen|PERSON]] do the Punjabi and Hindi caseload with me, and our [[manager|GENERIC_ROLE]] covers the Dari and Pashto team.

AI: How are you using AI tools in that work?

User: We got [[Copilot|AI_PRODUCT]] through [[Microsoft Teams|SOFTWARE]] this year, and I use [[ChatGPT|AI_PRODUCT]] too, but only on our agency account with history turned off. The biggest use is plain-language explanations. A client brings a letter, a tax notice, something from [[BC Hydro|ORGANIZATION]], and I ask the AI to explain it in simple English, then I explain it in Punjabi. For Dari and Arabic we still rely on interpreters, because [[Google Translate|SOFTWARE]] and the AI both make mistakes with dialects.

AI: Is there a case where the AI made a difference, good or bad?

User: Good: a Syrian family, the [[Al-Hamwi|PERSON]] family, got a letter about a child benefit overpayment. They were panicking. With the AI I made a one-page timeline in Arabic and English, checked by our interpreter, and we figured out it was a simple error. Bad: a student came in and showed me a chatbot answer telling him he could work unlimited hours, from old rules, and he'd already broken the limit. Also, he'd pasted his SIN, [[046 454 286|NATIONAL_ID]], into a random "immigration assistant" website. I spent an afternoon with him calling the right offices.

AI: How do clients and partners reach you?

User: The front desk, or directly. My email is [[harpreet.sandhu@fvnewcomers.ca|EMAIL_ADDRESS]] and my desk line is [[604-555-0187|PHONE_NUMBER]]. We also have staff profiles on the website so clients can see our faces and languages, mine is [[fvnewcomers.ca/team/harpreet-sandhu|URL]]. Some clients are shy to call, so they come in person with the whole family, and that's fine too. Often the grandmother is the one who remembers every date.

AI: What do you think the sector needs from AI going forward?

User: Honestly, guidelines from the funder, and multilingual tools that are tested with real clients. [[Justin Trudeau|PUBLIC_FIGURE]]'s government talked a lot about immigration targets, but the settlement side was always running behind. If AI could do the intake forms in people's own languages, I could spend the hour on the human stuff, the fear, the loneliness, the winter. Newcomers in [[Abbotsford|CITY]] and [[Surrey|CITY]] need someone who understands them, and a bot can't sit with a mother whose son is still back in [[Afghanistan|COUNTRY]]. That's what I want to protect.""")

# 22 Australia - council local laws officer Melbourne
T.append("""AI: Thanks for joining. Could you start by telling me a little about yourself?

User: Yeah, sure. I'm [[Tom Papadakis|PERSON]], [[29|AGE]], and I'm a [[Local Laws Officer|JOB_TITLE]] at [[Darebin City Council|ORGANIZATION]], up in [[Preston|CITY]] in [[Melbourne|CITY]]'s north. Everyone at work calls me [[Papa|PERSON]], which, yeah, I've given up fighting. Started at council in [[February 2021|DATE]] after finishing a criminology degree at [[RMIT University|SCHOOL]]. My family's Greek, my grandparents came out from [[Crete|CITY]] in the sixties, so I grew up in [[Reservoir|CITY]], basically five minutes from the office.

AI: What does a local laws officer actually deal with?

User: Parking, dogs, overgrown nature strips, illegal dumping, noise, people building things without permits, neighbours fighting about trees. A lot of it is neighbours fighting about trees, honestly. Requests come in through the customer service team or the [[Snap Send Solve|SOFTWARE]] app, and they land in [[Pathway|SOFTWARE]], which is our property and compliance system. Then I go out, investigate, talk to people, sometimes issue notices or infringements.

AI: How have you been using AI?

User: Council has a policy and an approved tool, [[Copilot|AI_PRODUCT]], so I use that at work for drafting letters and summarising policies. At home I mess around with [[ChatGPT|AI_PRODUCT]] and [[Claude|AI_PRODUCT]] for side projects, I've got a little tool on my [[GitHub|SOFTWARE]], [[github.com/tompapa-dev|URL]], that maps dumping hotspots from open data. No council data in it, just public stuff. My [[team leader|GENERIC_ROLE]], [[Bec|PERSON]], was a bit nervous when she heard about it, but once she saw it was open data only she was fine.

AI: Can you give me a specific example where AI came into a case?

User: Yeah, there was a long-running dispute about a backyard rooster at [[62 Gilbert Road|ADDRESS]], [[Preston|CITY]] [[3072|ADDRESS]], about forty complaints over two years, super messy, both neighbours in their eighties. I used [[Copilot|AI_PRODUCT]] to draft a plain-English letter explaining the rules, and it came out way too harsh, like a lawyer's letter. I softened it a lot. One of the neighbours, Mrs [[Despina Kourtis|PERSON]], only really reads Greek, so I got my yiayia to check my Greek version rather than trusting the AI. Yiayia said the AI Greek was "like a tourist menu." Ha.

AI: How do residents get in touch with you?

User: Mostly the council switchboard. My work email is [[tom.papadakis@darebin.vic.gov.au|EMAIL_ADDRESS]] and it's on the notices I leave in letterboxes, so people email me directly, sometimes at two in the morning, sometimes with photos of dog poo. Occasionally angry folks find my personal socials, I'm [[@papa_tom_mel|SOCIAL_HANDLE]] on [[Instagram|SOFTWARE]], so I've locked that down now.

AI: Where do you think AI helps or hurts in local government?

User: It helps with the writing load, definitely, and translation is getting better. [[Darebin|CITY]]'s super multicultural, so that's huge. What worries me is automating enforcement, like AI cameras issuing fines. Back when [[Dan Andrews|PUBLIC_FIGURE]] was Premier there was a lot of talk about smart cities, and some of it's good, but fining a pensioner because a camera saw her bin out a day early isn't community safety. Half my job is talking people down. A machine doesn't do that.""")

# 23 Indonesia - legal aid paralegal Bali
T.append("""AI: Thank you for joining. Please introduce yourself.

User: Om Swastiastu, hello. My full name is [[Ni Luh Putu Ayu Saraswati|PERSON]]. In [[Bali|CITY]] our names show the birth order, so "[[Putu|PERSON]]" means I'm the first child. Everyone calls me [[Ayu|PERSON]]. I'm [[34|AGE]], I'm a [[paralegal|JOB_TITLE]] at [[LBH Bali|ORGANIZATION]], the legal aid institute in [[Denpasar|CITY]]. I studied law at [[Universitas Udayana|SCHOOL]] and joined [[LBH|ORGANIZATION]] in [[2015|DATE]], first as a volunteer.

AI: What does a [[paralegal|JOB_TITLE]] at a legal aid institute do?

User: We help people who can't pay lawyers: land disputes, workers who were not paid, women facing violence, fishermen whose beach is taken for a hotel. I do intake interviews, collect documents, accompany clients to the police and to mediation, and I train community paralegals in the villages around [[Gianyar|CITY]] and [[Singaraja|CITY]]. Our [[director|GENERIC_ROLE]], Pak [[Wayan Sudarma|PERSON]], is a lawyer, and there are two other lawyers, [[Made|PERSON]] and Bli [[Komang|PERSON]]. In [[Bali|CITY]] half the people are called [[Made|PERSON]] or [[Komang|PERSON]], it's very confusing for foreigners.

AI: How do you use AI in that work?

User: We started last year. I use [[ChatGPT|AI_PRODUCT]] and [[Gemini|AI_PRODUCT]] to help draft chronologies and simple explanations of the law for clients. For the law itself we check [[Hukumonline|SOFTWARE]], because the AI often mixes old and new regulations, especially after the new Criminal Code. Also I use it to translate for tourists. Sometimes tourists from [[Australia|COUNTRY]] come to us when they have problems with a villa rental, and my English legal vocabulary is not perfect.

AI: Has there been a case where using AI was a problem?

User: Yes, one. A client, Ibu [[Sari|PERSON]], had a land dispute with a developer. She is a farmer from near [[Ubud|CITY]]. A young volunteer, to save time, copied her whole family card and KTP data into the chatbot, including her NIK, [[5104015708760002|NATIONAL_ID]], to ask it to fill in a complaint letter. Pak [[Wayan|PERSON]] was very angry. In these land cases the other side sometimes has powerful friends, and data is dangerous. Now we have a rule: no NIK, no address, no names in any AI. We replace with "Client A," "Land Plot 1."

AI: How do clients and partners contact you?

User: [[WhatsApp|SOFTWARE]] mostly, everyone in [[Indonesia|COUNTRY]] uses it. The [[LBH|ORGANIZATION]] has an office number. For my email, I write it the Indonesian way on posters, [[ayu.saraswati et gmail titik com|OBF_EMAIL|indonesian_et_titik]], because "et" is how we say the at sign and "titik" is dot. It keeps away some spam, I think. Students who want to do research with us usually find me through the posters at the campus.

AI: What would you like to see for AI and legal aid?

User: An Indonesian legal AI that is free, updated with the newest laws, and works in Balinese and other local languages, because many of our clients in the villages speak Balinese first. Also I want the big law firms in [[Jakarta|CITY]] not to be the only ones with good tools. Justice should not depend on money. If poor people get bad AI and rich people get good lawyers and good AI, the gap becomes bigger, not smaller.""")

# 24 Thailand - health promoting hospital officer Chiang Mai
T.append("""AI: Hello, thank you for joining. Could you tell me about yourself?

User: Sawasdee ka. My name is [[Siriporn Kaewmanee|PERSON]], my nickname is [[Nok|PERSON]], it means bird. In [[Thailand|COUNTRY]] everyone has a nickname, so at work I'm only P'[[Nok|PERSON]] to the younger staff. I'm [[46|AGE]]. I work as a [[public health technical officer|JOB_TITLE]] at [[Ban Mae Tha Subdistrict Health Promoting Hospital|ORGANIZATION]] in [[San Kamphaeng|CITY]], [[Chiang Mai|CITY]] province. I graduated from [[Naresuan University|SCHOOL]] and started working in [[2003|DATE]].

AI: What is your main responsibility there?

User: I coordinate the village health volunteers, we call them Or-Sor-Mor, about a hundred and twenty volunteers in our subdistrict. They visit houses, check blood pressure and sugar, tell people about dengue, follow up elderly people who are bedridden. I train them, I collect their reports, and I send the data up to the district. My colleague P'[[Dao|PERSON]], she is a [[nurse|JOB_TITLE]], takes care of the chronic disease clinic, and I take care of the volunteers.

AI: How has AI come into your work?

User: The volunteers use the [[Smart OSM|SOFTWARE]] app to report their home visits, and everybody uses [[LINE|SOFTWARE]] groups. [[Last year|GENERIC_TIME]] I started using [[ChatGPT|AI_PRODUCT]] to make training materials, like a simple story about how dengue mosquitoes live, and then I change it into Northern Thai, kham mueang, because the elderly volunteers prefer that. I also used AI to summarize the monthly reports from the volunteers' [[LINE|SOFTWARE]] messages, but only numbers, not names.

AI: Has there been a case where AI caused a problem or helped a lot?

User: Helped: one volunteer, Lung [[Somchai|PERSON]], he's [[71|AGE]] and very active, he asked AI on his phone about a neighbor's symptoms, fever and red eyes after working in the rice field. The AI said it might be leptospirosis and to see a doctor. He brought the neighbor to us quickly. That was good. Problem: some people believe AI about herbal medicine for diabetes and stop their medicine. Also migrant workers from [[Myanmar|COUNTRY]] in the longan orchards, the AI doesn't give them information in Burmese well, so we still need our volunteer who speaks Shan.

AI: How do the volunteers and villagers contact you?

User: [[LINE|SOFTWARE]] mostly, and phone. On the board at the health promoting hospital my mobile is written in Thai numerals, like [[๐๘๑ ๕๕๕ ๒๔๗๓|OBF_PHONE|thai_digits]], because the elderly can read Thai numbers easily and it looks nice on the poster. My nephew said online bots can't read it well, so I also do that on the [[Facebook|SOFTWARE]] page. Whatever works.

AI: What would help you most in the future?

User: A Thai AI that understands Northern dialect and can listen to the volunteers' voice messages and make the report automatically. Many volunteers are over sixty, typing is hard for them. And I want the [[Ministry of Public Health|ORGANIZATION]] to give clear rules about AI and patient data. Now every place does its own thing. In [[Mae On|CITY]], the next district, they have different forms from us. If we had one good system, the volunteers would have more time for visiting, which is the heart of their work.""")

# 25 Mongolia - khoroo social worker Ulaanbaatar
T.append("""AI: Thank you for joining. Could you introduce yourself and your work?

User: Sain baina uu. My name is [[B. Oyunchimeg|PERSON]]. In [[Mongolia|COUNTRY]] we put the first letter of the father's name before our own name, so B. is for [[Batbayar|PERSON]], my father. Friends call me [[Oyuka|PERSON]]. I was born in [[1987|DATE]] in [[Darkhan|CITY]], so I'm [[thirty-seven|AGE]]. I'm a [[social worker|JOB_TITLE]] at the [[14th khoroo office|ORGANIZATION]] of [[Bayanzürkh District|CITY]] in [[Ulaanbaatar|CITY]]. I studied at the [[National University of Mongolia|SCHOOL]].

AI: What does a khoroo [[social worker|JOB_TITLE]] do?

User: The khoroo is the smallest administrative unit, like a neighborhood. Mine is mostly ger district, families living in gers or small houses without central heating or water. I register families for welfare benefits, food stamps, disability allowances, I do home visits to elderly people living alone, I work with children who drop out of school. In [[winter|GENERIC_TIME]], the smoke from the coal stoves is terrible, so many children are sick. Our [[khoroo governor|JOB_TITLE]], [[Ganbold|PERSON]], supports us but we are only two social workers for about twelve thousand people.

AI: How do you use AI tools?

User: I started with [[ChatGPT|AI_PRODUCT]] about a year ago. I ask it to help me write project proposals in English, for international donors, because my English is not strong. Also there is now a Mongolian model, [[Egune|AI_PRODUCT]], which is better for Mongolian language. I use it for leaflets, for example about the child money program, how to apply. My colleague [[Tuvshin|PERSON]] uses AI to make [[Excel|SOFTWARE]] formulas for our family lists, he is very happy with it.

AI: Has there been a situation where AI was difficult or risky?

User: Yes. In the proposals, the AI writes beautiful sentences but sometimes it invents statistics about [[Mongolia|COUNTRY]], like poverty rates that are wrong. A donor from [[South Korea|COUNTRY]] asked me where a number came from and I couldn't answer. That was embarrassing. Now I only use numbers from the [[National Statistics Office|ORGANIZATION]]. Also, one time [[Tuvshin|PERSON]] almost uploaded our family list with the registration numbers, like [[УБ87031214|NATIONAL_ID]], to make the AI sort it. I stopped him. That list has every poor family in the khoroo.

AI: How do residents contact you?

User: They come to the khoroo office, or they write on [[Facebook|SOFTWARE]]. Everyone in [[Ulaanbaatar|CITY]] uses [[Facebook Messenger|SOFTWARE]]. My work page is [[facebook.com/oyuka.socialwork.bzd|URL]]. For email, I write it backwards on the page, [[moc.oohay@78akuyo|OBF_EMAIL|reversed_text]], because I read that scammers use robots to collect emails. People who really want to write to me figure it out, or they ask on [[Messenger|SOFTWARE]].

AI: What would make AI more useful for social workers like you?

User: Better Mongolian language, and tools that work offline, because in the ger districts the internet is weak. Also I would like AI to help with the welfare registration forms, there are so many forms and every year they change. If families could speak and the AI fills the form, especially elderly herders who moved to the city, it would help a lot. But the decisions must stay with people. A machine does not see that a grandmother in a cold ger is hiding that her son drinks.""")

write_set(T, "set_ar")
