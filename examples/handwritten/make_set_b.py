#!/usr/bin/env python3
"""Build set_b.jsonl: 30 hand-written, synthetic interview
transcripts (AI research interviewer <-> participant, about AI use at work)
with character-offset PII labels.

All names, numbers, addresses, e-mails, handles and employers are invented
(real universities / public schools and well-known products / public figures
appear only as quasi-identifiers or decoys).

Markup inside the transcript sources:  [[value|TAG]]  or  [[value|TAG|phenomenon]]
The markup is stripped and the span offsets are recorded on the clean text.

Conventions
  * PERSON spans cover only the name, never honorifics/titles (Mr., Dr., Dra.,
    Prof., Don, Khun, señora, bhai, -san) and never the possessive "'s".
  * ADDRESS covers the street part (incl. unit, and a postcode that precedes the
    city); the city/district gets its own CITY span; a postcode that trails the
    city gets its own ADDRESS span (phenomenon "postcode_fragment").
  * GENERIC_ROLE decoys cover only the role noun phrase, without "my"/"our"/"the".
  * Every occurrence of a labelled value is labelled (checked below).
"""
import json
import re
import sys
from collections import Counter

TAGS = {
    # direct
    "P": ("PERSON", "direct"),
    "EM": ("EMAIL_ADDRESS", "direct"),
    "PH": ("PHONE_NUMBER", "direct"),
    "URL": ("URL", "direct"),
    "SH": ("SOCIAL_HANDLE", "direct"),
    "ADDR": ("ADDRESS", "direct"),
    "NID": ("NATIONAL_ID", "direct"),
    # obfuscated
    "OEM": ("EMAIL_ADDRESS", "obfuscated"),
    "OPH": ("PHONE_NUMBER", "obfuscated"),
    # quasi
    "ORG": ("ORGANIZATION", "quasi"),
    "CITY": ("CITY", "quasi"),
    "JOB": ("JOB_TITLE", "quasi"),
    "AGE": ("AGE", "quasi"),
    "DATE": ("DATE", "quasi"),
    "SCH": ("SCHOOL", "quasi"),
    # decoys (must NOT be redacted)
    "AI": ("AI_PRODUCT", "decoy"),
    "SW": ("SOFTWARE", "decoy"),
    "PF": ("PUBLIC_FIGURE", "decoy"),
    "ROLE": ("GENERIC_ROLE", "decoy"),
    "GT": ("GENERIC_TIME", "decoy"),
    "CTRY": ("COUNTRY", "decoy"),
    "CONT": ("CONTINENT", "decoy"),
}

MARK = re.compile(r"\[\[(.+?)\|([A-Z]+)(?:\|([a-z_]+))?\]\]")

T = []

# ---------------------------------------------------------------- 0001 Ghana
T.append("""AI: Thank you for joining today. To start, could you tell me a little about your role and where you work?

User: Of course. My name is [[Abena Owusu-Mensah|P]] and I am a [[credit risk analyst|JOB]] at [[Adom Savings and Loans Ltd|ORG]] in [[Accra|CITY]]. I have been there since [[March 2019|DATE]]. Before that I was with [[Kofi Brempong & Associates|ORG]], doing audit work.

AI: Thanks, [[Abena|P]]. What does a normal day look like, and where do AI tools come in?

User: Mostly I review loan files from small traders in [[Madina|CITY]] and [[Kaneshie|CITY]]. I use [[ChatGPT|AI]] to summarise long business plans, and the bank has switched on [[Microsoft Copilot|AI]] inside [[Outlook|SW]]. My [[team lead|ROLE]], Mr. [[Darko|P]], is a bit sceptical. He says the summaries always miss the numbers.

AI: Can you give an example of a time the summary missed something important?

User: Yes. Just before [[Easter|GT]] a woman applied for a cold-store expansion. The summary said her revenue was growing steadily, but the sheet in [[Excel|SW]] showed two bad quarters. I only caught it because I always open the raw file. It ended up as an example in Mr. [[Darko|P]]'s training session.

AI: Do customer details ever go into these tools?

User: Officially, no. But one time a colleague pasted a full application, and the customer's [[Ghana|CTRY]] Card number, [[GHA-718204935-6|NID]], was right there at the top. Nobody was happy about that.

AI: How did the bank respond?

User: They sent a circular, and now there is a form you fill before using any AI tool with client files. If your team wants a copy, you can write to our [[compliance officer|ROLE]], [[Efua Quaye|P]], at [[efua.quaye@adomsavings.com.gh|EM]]. She wrote the policy herself.

AI: Is there anything you wish the tools did better for your work in [[Ghana|CTRY]]?

User: Understanding local terms. It keeps changing "susu" to "sushi", which is funny but not helpful. And it does not know that a trader in the market may keep records in a notebook, not a spreadsheet. If you need more details for the study, you can reach me on [[024 381 7726|PH]].

AI: Thank you, [[Abena|P]], this has been really helpful.""")

# ---------------------------------------------------------------- 0002 Egypt
T.append("""AI: Hello, and thank you for your time. Could you start by describing your work?

User: hello, yes. i am [[Mostafa Hamdy|P]], i work as [[team leader in customer care|JOB]] at [[Nilecom Telecom S.A.E.|ORG]], our building is in [[6th of October City|CITY]]. we are around 40 agents in my shift.

AI: How do you and your agents use AI tools?

User: we have the chatbot from [[Zendesk|SW]] with AI answers, and i personally use [[Gemini|AI]] to translate replies from arabic to english for the foreign customers. my [[manager|ROLE]] [[Heba|P]] did not like it very much in the beginning.

AI: Why was [[Heba|P]] hesitant?

User: she think the agents will stop learning how to write. but after [[Ramadan|GT]] we had very big pressure, too many calls, and she see the translation save time. also my colleague [[Sherif El-Masry|P]] made a small prompts library in [[Google Sheets|SW]] and everybody copy from there.

AI: Has anything gone wrong with it?

User: one time [[Gemini|AI]] translate "balance" like money balance but the customer mean the signal, very funny. more serious, one agent paste the customer national ID, [[29803150101234|NID]], inside the prompt. we stop this immediately.

AI: Are there rules now about what agents can paste?

User: yes, rules from the [[quality team|ROLE]]. if you need the document send me mail on [[mostafa.hamdy at gmail dot com|OEM|spelled_at_dot]], not the work one because it block outside mails. or [[whatsapp|SW]] [[+20 100 482 9137|PH]].

AI: Thank you. Last question: how do you see your job in five years?

User: maybe less agents and more people who check the bot. i am [[thirty-one|AGE]] now, i want to learn data analysis, maybe evening course in [[Cairo University|SCH]]. my wife say i am always on the laptop already haha.""")

# ---------------------------------------------------------------- 0003 Pakistan
T.append("""AI: Hi, thanks for taking part. Could you tell me what you do for work?

User: hey! so im [[usman|P]], [[backend dev|JOB]] at [[Ravi Bytes (Pvt.) Ltd.|ORG]]. office is in [[Gulberg|CITY]], [[Lahore|CITY]]. been there like 3 years now

AI: Nice. Which AI tools do you use day to day?

User: [[GitHub Copilot|AI]] mostly, and [[Claude|AI]] when i need to think through some ugly legacy code. our [[CTO|ROLE]] bought team licenses in [[January|GT]], before that everyone was just using free [[ChatGPT|AI]] on personal accounts lol

AI: How has that changed how your team works?

User: code reviews got faster but also lazier tbh. my buddy [[hamza|P]] pushed a migration that [[copilot|AI]] wrote and it dropped a column in staging. [[faisal|P]] bhai (our lead) was NOT amused

AI: Ha. What happened after that?

User: now AI-generated migrations need two approvals, it's literally called "[[faisal|P]]'s rule" on our [[Notion|SW]] page. i also keep my prompts public on [[github.com/usman-tariq-dev|URL]] if u want to see them, and im [[@usmandevs|SH]] on [[twitter|SW]]

AI: Do you ever have concerns about sharing company code with these tools?

User: yeah a bit. our main client is a fintech, [[Paymora|ORG]], and their contract says no code in third party tools. so technically we shouldnt use [[copilot|AI]] on that repo. but everybody does. pls dont put that in the report with my name 😅

AI: Understood, everything will be anonymised. Is there anything else you'd like to add?

User: my sister [[Ayesha|P]] is doing CS at [[FAST-NUCES|SCH]] and she says half her class submits [[GPT|AI]] code and the teachers cant tell. kinda scary for hiring lol. oh and for the voucher my number is [[0321-4478105|PH]]""")

# ---------------------------------------------------------------- 0004 Bangladesh
T.append("""AI: Good afternoon. Could you please tell me about your job?

User: Good afternoon. I am [[Nusrat Jahan Chowdhury|P]]. I am working as [[Senior Executive, HR & Compliance|JOB]] in [[Meghna Apparels Limited|ORG]], our factory is in [[Ashulia|CITY]]. We have near about 3,000 workers, mostly women.

AI: How does AI show up in HR work at a factory that size?

User: Mainly for writing. The buyers from [[Europe|CONT]] send very long audit checklists, so I use [[ChatGPT|AI]] to make summary in Bangla for the [[line supervisors|ROLE]]. Our [[General Manager|ROLE]] also asked me to try [[Canva|SW]] for the safety posters before [[Eid|GT]].

AI: Do workers' personal details ever go into these tools?

User: I try no. But one time my [[junior|ROLE]], [[Rafiqul|P]], pasted the full worker list with NID numbers into a prompt for making attendance table. The first row was me, so my own number also went, [[2846193507|NID]]. I told him never again.

AI: That sounds stressful. How did you handle it?

User: I deleted the chat and informed [[Tanvir Ahmed|P]] from IT. He said maybe the data is already gone, nothing to do. After that we made a one-page guideline. It was signed on [[12 August 2023|DATE]], I remember because it was my daughter birthday.

AI: Do you use these tools outside of work?

User: My daughter [[Raisa|P]] uses it for homework at [[Viqarunnisa Noon School|SCH]]. I check what she writes. Sometimes her English is better than mine now, haha.

AI: Thank you. Is there anything else you would like to add?

User: If you do the follow-up visit you can come to my home, [[House 27, Road 11, Sector 4, Uttara|ADDR]], [[Dhaka|CITY]]. Or call me, [[০১৭১১-৪৮২৯৩৬|OPH|native_script_digits]].""")

# ---------------------------------------------------------------- 0005 Colombia
T.append("""AI: Thanks for joining. Can you start by telling me what you do?

User: Sure! I'm [[Valentina Restrepo Gómez|P]], but everyone calls me [[Vale|P|nickname]]. I'm a freelance content strategist based in [[Medellín|CITY]], in [[El Poblado|CITY]] actually. Most of my clients are small businesses here.

AI: What does a typical project look like, [[Vale|P]]?

User: Right now I'm doing social media for [[Café Alto de la Montaña S.A.S.|ORG]], a coffee brand, and for a dental clinic, [[Clínica Dental Sonrisa Paisa|ORG]]. I use [[ChatGPT|AI]] for first drafts of captions and [[Midjourney|AI]] for mood boards, then I fix everything in [[Canva|SW]].

AI: How do your clients feel about AI being part of the process?

User: Depends! Don [[Jairo|P]] from the coffee brand is like [[seventy|AGE]] and he doesn't care as long as the posts look nice. But the dentist, Dra. [[Marcela Ospina|P]], made me sign something saying I never put patient photos into any AI. Which is fair.

AI: Has AI output ever caused a problem for you?

User: Once, yes. [[ChatGPT|AI]] wrote a post for [[Día de las Velitas|GT]] that said "celebrate with fireworks", and that year in [[Colombia|CTRY]] there was a big campaign against pólvora because of kids getting burned. People were angry in the comments. My boyfriend [[Andrés|P]] saw it first and called me, and I deleted it super fast.

AI: Do you keep any public record of your work?

User: Yeah, my portfolio is [[www.valerestrepo.co/portafolio|URL]] and I post behind-the-scenes on [[Instagram|SW]] as [[@vale.estrategia|SH]]. If your team wants me for the next phase, write to [[vale.restrepo arroba gmail punto com|OEM|spelled_at_dot_spanish]].

AI: Is there anything about the future of your work that worries you?

User: That clients think AI is free and stop paying for strategy. I'm [[29|AGE]], I studied at [[Universidad EAFIT|SCH]], I don't want to start over, haha. But the human part, knowing the paisa humour, knowing that Don [[Jairo|P]] hates the colour purple, that stays.""")

# ---------------------------------------------------------------- 0006 Argentina
T.append("""AI: Hi, thanks for being here. What's your work like these days?

User: Hola! Well, I'm an accountant. I'm [[Martín Ferraro|P]], I work at [[Estudio Contable Bernal & Asociados SRL|ORG]] as a [[semi-senior tax analyst|JOB]]. The office is in [[Caballito|CITY]], but three days a week I work from home in [[Ramos Mejía|CITY]].

AI: How do AI tools fit into tax work, [[Martín|P]]?

User: More than you'd think. Tax regulations here change every two weeks, so I paste the new resolution into [[Claude|AI]] and ask what changed compared to the old one. My [[boss|ROLE]], [[Paz|P|word_name]], says it's cheating, but she also asks me to "ask the robot" when she's in a hurry, jaja.

AI: Do you ever put client data in there?

User: No, no. No names, no CUITs, nothing. Well... once I left a CUIT in by mistake, but it was my own, [[20-31458762-9|NID]], because I was testing with my monotributo invoices. So no harm done, I think.

AI: What about your colleagues?

User: The other guy in my team, we call him [[Colo|P|nickname]] because of his red hair, his real name is [[Facundo Ibarra|P]]. He's obsessed. He built a little bot on [[WhatsApp|SW]] that answers clients with [[ChatGPT|AI]], and he even made it talk like [[Messi|PF]] in the post-match interviews. When our [[senior partner|ROLE]] found out he almost killed him.

AI: What happened in the end?

User: They kept it! But now it only answers office hours and the list of documents, like "bring your receipts before the end of [[April|GT]]". No more [[Messi|PF]] voice, sadly.

AI: Is there anything you'd want the people who design these tools to know?

User: That [[Argentina|CTRY]] is chaos and the models always know the old rules. And they don't understand our slang at all. I'm [[thirty-four|AGE]], I studied at the [[UBA|SCH]], and I never imagined a robot would read tax law with me. If you need me again, it's [[mferraro@estudiobernal.com.ar|EM]] or [[+54 9 11 5382-4417|PH]].""")

# ---------------------------------------------------------------- 0007 Chile
T.append("""AI: Good morning, and thank you for participating. Could you describe your current position?

User: Good morning. I'm [[Camila Soto Vergara|P]], [[prevention and safety engineer|JOB]] at [[Minera Cerro Blanco SpA|ORG]]. I'm based in [[Antofagasta|CITY]] and go up to the site on a seven-by-seven roster.

AI: What role does AI play in safety work at the mine?

User: There is a camera system from a [[contractor|ROLE]] that detects people without helmets, and I use [[Copilot|AI]] to draft incident reports, which then go into [[SAP|SW]]. My [[superintendent|ROLE]], [[Rodrigo Fuenzalida|P]], asked me to evaluate whether the drafts are accurate enough to keep using.

AI: And are they?

User: For structure, yes. For facts, no. Once it invented a wind speed. I compared it with the sensor logs in [[Power BI|SW]] and it was completely off. Mining in [[Chile|CTRY]] has very strict rules for reports, so that kind of mistake is not small.

AI: How do you protect workers' identities in those reports?

User: We replace the RUT with an internal code before anything goes near an AI tool. I tested the masking with my own RUT, [[16.482.731-K|NID]], and it worked, but only if people type it with the dots. Without dots it slipped through.

AI: Are there colleagues who resist these tools?

User: The older [[shift supervisors|ROLE]], mostly. Don [[Hernán|P]] has been at the mine since [[1994|DATE]] and prefers paper. But his daughter [[Josefa|P]] is an intern with us now and she uses everything, so there are some funny conversations at lunch.

AI: Thank you. How should we send you the follow-up materials?

User: By post is fine: [[Avenida Grecia 1940, departamento 52|ADDR]], [[Antofagasta|CITY]]. Or by email: [[camila.\u200bsoto@\u200bmineracb\u200b.cl|OEM|zero_width_chars]]. I check it every night when I come down from the site.""")

# ---------------------------------------------------------------- 0008 Peru
T.append("""AI: Hi! Thanks for making time. To start, what do you do?

User: hola, sorry my english is not perfect. i am [[rosa quispe|P]], i work in [[agroexportadora valle sur s.a.c.|ORG]], i am [[logistics coordinator|JOB]] there. we export grapes and asparagus from [[ica|CITY]].

AI: No problem at all, your English is great. How do you use AI in logistics?

User: mostly for emails to clients in [[china|CTRY]] and [[netherlands|CTRY]]. i write in spanish and [[deepl|SW]] or [[chatgpt|AI]] translate. also my coworker [[luz|P|word_name]] made a template for the packing list in [[excel|SW]] with [[copilot|AI]] formulas.

AI: Have the tools ever made a mistake that mattered?

User: yes!! one time the translation say the container must be at 20 degrees but i wrote 2 degrees. the grapes almost go in wrong temperature. my [[boss|ROLE]] [[Alberto Huamán|P]] was very angry but not with me, with the machine haha.

AI: That sounds like a close call. What changed after that?

User: now we check all numbers two times. and i tell my mamá to be careful too, she also use [[chatgpt|AI]] now for her recipes lol, she is [[sixty-eight|AGE]] and more modern than me.

AI: Do you share any personal or company data with these tools?

User: i try not. but for my visa i ask [[chatgpt|AI]] to help fill the form and i put my DNI, [[45829173|NID]]... after i think maybe not good idea.

AI: Thanks for being honest, [[Rosa|P]]. Is there a way to reach you for a follow-up?

User: yes my cel is [[9 8 7  4 1 2  6 5 0|OPH|spaced_digits]] (i write separate because last time a bot call me jaja). or my work mail [[rquispe@vallesur.pe|EM]]. i studied in [[universidad san luis gonzaga|SCH]] so i always like to help students.""")

# ---------------------------------------------------------------- 0009 Spain
T.append("""AI: Good morning. Could you tell me about your professional background?

User: Good morning. My name is [[Lucía Martínez Ferrer|P]]. I'm an [[associate in the employment law department|JOB]] at [[Bonet Albiol Abogados, S.L.P.|ORG]] in [[Valencia|CITY]]. I studied law at the [[Universitat de València|SCH]] and I've been at the firm for five years.

AI: How are AI tools used at your firm?

User: The firm licensed [[Harvey|AI]] last [[autumn|GT]] for contract review. I use [[Claude|AI]] privately, but only to reformulate my own writing, never client documents. Our [[managing partner|ROLE]], [[Ignacio Bonet|P]], is very enthusiastic. He read an interview with [[Sam Altman|PF]] over the [[summer|GT]] and came back a convert.

AI: What has your own experience with [[Harvey|AI]] been like?

User: Mixed. It's excellent at finding clauses, but it once cited a Supreme Court judgment that doesn't exist. My colleague [[Jordi|P]] caught it before the brief went out, and since then [[Jordi|P]]'s checklist is mandatory: every citation is verified in [[Aranzadi|SW]].

AI: How does the firm handle clients' personal data?

User: Very strictly. We anonymise names and DNIs before anything is uploaded. We did have one incident: a trainee put a dismissal letter into a free tool, with the employee's DNI, [[20461395-P|NID]], still in it. We had to inform the [[client|ROLE]].

AI: That must have been difficult. How did the client react?

User: The client, [[Transportes Levante Hermanos S.A.|ORG]], was understanding, fortunately. The trainee, [[Paula|P]], was mortified. She's a very good lawyer otherwise, it was her second week.

AI: Thank you, [[Lucía|P]]. How would you prefer we contact you?

User: My direct line is [[+34 963 518 427|PH]] and my email is [[lmartinez@bonetalbiol.es|EM]]. For anything by post, the office is at [[Calle de Colón 18, 3.º B, 46004|ADDR]] [[Valencia|CITY]].""")

# ---------------------------------------------------------------- 0010 Italy
T.append("""AI: Hi, thanks for joining. Tell me a bit about yourself and your work.

User: Ciao! So, I'm [[Lorenzo|P]], [[senior product designer|JOB]] at [[Vestiaria S.p.A.|ORG]], it's a fashion resale platform in [[Milan|CITY]]. I live in [[NoLo|CITY]], which is the hipster area now, my mum still thinks it's dangerous lol.

AI: What AI tools do you use as a designer, [[Lorenzo|P]]?

User: [[Figma|SW]] has AI features now, I use them for placeholder content. [[Midjourney|AI]] for moodboards, [[ChatGPT|AI]] for UX copy in Italian and English. My [[PM|ROLE]], [[Chiara Lombardi|P]], uses [[Perplexity|AI]] for competitor research and then sends me links on [[Slack|SW]] at 11pm, which, please, no.

AI: Has AI changed how your team collaborates?

User: Kinda. Fewer "can you mock this up quickly" requests, because people just generate something themselves. [[Matteo Galli|P]], we call him [[Teo|P|nickname]], built a whole landing page with [[v0|AI]] over a weekend and showed it at the all-hands like he'd cured cancer.

AI: How did you feel about that?

User: Honestly a bit threatened at first. I was born in [[1988|DATE]], I've seen Flash die, I've seen every trend, and this felt different. But the generated stuff is still ugly, so I still have a job haha.

AI: Have you had concerns about data or privacy with these tools?

User: Once HR asked me to design an onboarding form and I tested it with my real data, codice fiscale and everything, [[RCCLRN88M14F205X|NID]], and then realised the [[Figma|SW]] file was shared with an external agency. Oops. I changed it fast.

AI: Is there anything else you'd like to share?

User: My nonna [[Giuseppina|P]] is [[ninety-one|AGE]] and asked me if [[ChatGPT|AI]] is a priest, because it answers all questions. I think about that a lot. Anyway, if you need to reach me: [[lorenzo.ricci [at] proton [dot] me|OEM|bracketed_at_dot]].""")

# ---------------------------------------------------------------- 0011 Netherlands
T.append("""AI: Hello, and thanks for taking part. What is your role?

User: Hi. I'm [[Sanne de Vries-Bakker|P]]. I work as a [[machine learning engineer|JOB]] at [[Zekerheid Verzekeringen N.V.|ORG]] in [[Utrecht|CITY]]. Before that I spent three years at [[Datalab Noord B.V.|ORG]] in [[Groningen|CITY]].

AI: How does AI figure into your work, [[Sanne|P]]?

User: It's both what I build and what I use. I build claim-triage models, and I use [[GitHub Copilot|AI]] and [[Claude|AI]] for code. Internally we also run [[Llama 3|AI]] for summarising claim notes, because our [[legal team|ROLE]] doesn't allow customer data to go to external APIs.

AI: Has that internal setup worked well?

User: Reasonably. The issue is Dutch. Claim notes are full of abbreviations and regional spelling. My teammate [[Bram|P]] spent the weeks before [[Christmas|GT]] building a glossary. And our [[product owner|ROLE]], [[Joost van den Berg|P]], keeps asking why we can't just use "the good model".

AI: What do you tell him?

User: That the BSN is in half the notes. Literally, people type "BSN [[298314657|NID]]" into the free-text field. We mask with regex now, but it's never perfect.

AI: Do you use AI outside of work?

User: A little. My partner [[Femke|P]] teaches at a primary school in [[Lombok|CITY]], the neighbourhood, not the island, and she uses [[Gemini|AI]] to make worksheets. I'm more sceptical than she is.

AI: Anything else you'd like to add?

User: Only that I'm happy to be contacted again. My [[LinkedIn|SW]] is [[linkedin.com/in/sannedevriesbakker|URL]], or you can post the consent form to [[Oudegracht 214-bis, 3511 NR|ADDR]] [[Utrecht|CITY]]. I'm old-fashioned about signatures.""")

# ---------------------------------------------------------------- 0012 Sweden
T.append("""AI: Hi, thank you for joining. Could you start by telling me about your work?

User: Sure. I'm [[Elin Lindqvist|P]]. I'm a [[socialsekreterare|JOB]], a social worker basically, at [[Malmö stad|ORG]], in the child and family unit in [[Rosengård|CITY]]. I've done this for about nine years.

AI: Where, if at all, does AI come into that kind of work?

User: Carefully, is the answer. We're not allowed to put anything about clients into external tools. But the municipality has rolled out [[Microsoft Copilot|AI]] in [[Teams|SW]], and some of us use it to summarise long policy documents.

AI: How do you and your colleagues feel about it?

User: Split. My colleague [[Linnea|P]] loves it, she says it gave her back her [[Friday|GT]] afternoons. It was [[Linnea|P]]'s idea to make a shared list of safe uses. My [[unit manager|ROLE]], [[Björn Åkesson|P]], is worried about what happens the first time someone pastes a case file. And honestly it has happened, not in our unit, but we heard about it.

AI: What did you hear?

User: Someone in another district put a whole assessment into a free chatbot, the child's name and personnummer and everything. There was an investigation. Since then everyone's a bit nervous, and [[Linnea|P]] sends us every interview with [[Geoffrey Hinton|PF]] she finds, which doesn't help.

AI: Do you use AI outside work?

User: My son [[Ville|P]] is [[twelve|AGE]] and he uses [[My AI|AI]] in [[Snapchat|SW]]. He asks it everything. I'm more worried about that than about work, honestly.

AI: That's an understandable worry. How would you like to receive the summary of the study?

User: Email is best, [[elin.lindqvist@malmo.se|EM]], or text [[070-412 58 93|PH]]. Oh, and I wrote my personnummer on the consent form, [[19850612-4471|NID]]. Is that really needed? It feels like a lot. I live in [[Lund|CITY]] and commute to [[Malmö|CITY]], so post is slow anyway.""")

# ---------------------------------------------------------------- 0013 Romania
T.append("""AI: Hi, thanks for joining today. What do you do for work?

User: hi! i'm [[Ioana|P]], [[QA engineer|JOB]] at [[Someș Software SRL|ORG]] in [[Cluj-Napoca|CITY]]. we do outsourcing, mostly for clients in [[Germany|CTRY]]. right now my project is for [[Keller Fahrzeugtechnik GmbH|ORG]].

AI: What does AI do in your testing work?

User: a lot now. i generate test cases with [[ChatGPT|AI]] and then check them, we also have [[Testim|SW]] which has some AI locators. i write automation in [[Playwright|SW]] and [[copilot|AI]] helps with the boring parts.

AI: Have there been any surprises?

User: yes, the test data! [[chatgpt|AI]] makes fake romanian people, and once it generated a CNP with a valid check digit. my colleague [[Andrei Pop|P]] joked it was his cousin, we laughed for a week. but then our [[team lead|ROLE]] [[Radu|P]] said ok, we need rules.

AI: What did [[Radu|P]] decide?

User: only synthetic data, and marked as fake. funny thing, for the client audit i had to send my own ID copy with my CNP, [[2910523125783|NID]], and i was thinking, if i paste this in [[chatgpt|AI]] to translate to german... i didn't, don't worry.

AI: Good instinct. Do you use AI at home too?

User: my husband [[Vlad|P]] teaches history at [[Liceul Teoretic Avram Iancu|SCH]] and he hates it because students cheat. we argue about it at dinner lol. i'm [[33|AGE]] and he's older, maybe that's why haha.

AI: How can we reach you for the follow-up?

User: phone [[0745 382 916|PH]], or mail [[ioana.muresan arond yahoo punct ro|OEM|spelled_at_dot_romanian]], we say "arond" for @ here lol.""")

# ---------------------------------------------------------------- 0014 Ukraine
T.append("""AI: Hello, thank you for joining. Could you introduce yourself and your work?

User: Hello. I am [[Oleksandr Kovalenko|P]], friends call me [[Sasha|P|nickname]]. I am [[localization lead|JOB]] at [[Karpaty Games LLC|ORG]]. We moved the studio from [[Kharkiv|CITY]] to [[Lviv|CITY]] in [[March 2022|DATE]], for obvious reasons.

AI: I understand. How do AI tools play into localization?

User: Big part now. We use [[DeepL|SW]] and [[GPT-4|AI]] for the first pass of dialogue, then human translators edit. For Ukrainian the quality became much better in the last year. But jokes, slang, still bad. Our [[narrative designer|ROLE]], [[Taras|P]], says the AI makes every character sound like a bank manager.

AI: How do the translators feel about editing AI output instead of translating?

User: Mixed. Some are happy, less typing. Some feel their craft is taken. [[Iryna Shevchuk|P]], our best translator, she quit last [[summer|GT]] partly because of this. Now she works freelance for studios in [[Poland|CTRY]].

AI: Do you have concerns about putting game content into these tools?

User: Yes, NDAs. Our publisher, [[Northlight Interactive|ORG]], has strict rules. Unreleased scripts only go into the enterprise version, never the free one. [[Taras|P]] once pasted a full chapter in the free version, and it was a very long week after that.

AI: Have you used AI for anything personal?

User: Paperwork, honestly. Relocation, taxes, everything. I asked it how to fill the declaration and I typed my tax number, [[3145208976|NID]], and I remember thinking "well, whatever, there are bigger problems in [[Ukraine|CTRY]] right now". My wife [[Olena|P]] was more careful.

AI: That's understandable. How can we get in touch for the follow-up?

User: [[Telegram|SW]] is easiest, [[@sasha_kov_loc|SH]], or phone [[+380 67 418 2295|PH]].""")

# ---------------------------------------------------------------- 0015 Japan
T.append("""AI: Thank you very much for your time today. Could you please tell me about your work?

User: Thank you for inviting me. My name is [[Haruto Nishimura|P]]. I work at [[Kansai Seimitsu Kogyo Co., Ltd.|ORG]] in [[Higashiosaka|CITY]], a factory town next to [[Osaka|CITY]]. I am [[section chief of production planning|JOB]]. We make precision parts for bicycles.

AI: How are AI tools used at your company, [[Nishimura|P]]-san?

User: Honestly, not so much yet. Our [[president|ROLE]] is [[seventy-two|AGE]] years old and he prefers fax, I am not joking. I use [[ChatGPT|AI]] personally to write English emails to customers in [[Taiwan|CTRY]] and [[Germany|CTRY]]. Young staff use [[LINE|SW]] for everything.

AI: How did you start using [[ChatGPT|AI]]?

User: My daughter [[Mio|P]] showed me. She studies at [[Kobe University|SCH]]. She said, "Papa, your English emails are too polite, nobody understands them." So now I ask [[ChatGPT|AI]] to make them more casual.

AI: Have you had any problems with it?

User: Once it changed a tolerance from 0.05 to 0.5 in a translation. Our [[quality manager|ROLE]], [[Kenji Sato|P]], found it before we sent it. Since then I always check numbers myself. For our business this is very dangerous.

AI: Do you ever enter personal information into these tools?

User: I am careful. But once I asked how to write My Number on a tax form and I typed my number, [[4829 1736 5028|NID]]. My wife [[Akiko|P]] was angry. She said, "You are careless with everything except bicycle parts."

AI: Thank you for sharing. How may we contact you for the follow-up?

User: Please send documents to my home: [[〒577-0012 3-8-14 Nagata-higashi|ADDR]], [[Higashiosaka|CITY]]. My phone is [[０９０－４４１７－２８３９|OPH|fullwidth_digits]].""")

# ---------------------------------------------------------------- 0016 Korea
T.append("""AI: Hi, thanks for taking part. Could you tell me about your work?

User: hi~ i'm [[Kim Ji-won|P]], [[background artist|JOB]] at [[Hanbit Webtoon Studio Inc.|ORG]]. our office is in [[Pangyo|CITY]] and i live in [[Bundang|CITY]], so it's close, which is the only good thing about crunch lol

AI: How are AI tools being used in your studio?

User: it's complicated. management wanted us to use [[Stable Diffusion|AI]] for backgrounds to go faster, artists protested, and now it's like, allowed for reference only. i draw in [[Clip Studio Paint|SW]] and sometimes use [[Photoshop|SW]] generative fill for boring stuff like crowds.

AI: What was the protest like?

User: my senior [[Park Min-jun|P]] wrote a long letter to the [[CEO|ROLE]] and like 20 people signed. [[Min-jun|P]]'s letter leaked on [[X|SW]] and readers got angry about AI webtoons in general. in the end they made a policy, so i guess it worked?

AI: How do you personally feel about it, [[Ji-won|P]]?

User: scared honestly. i'm [[27|AGE]], i studied painting at [[Hongik University|SCH]] for four years, and now a model does something similar in 10 seconds. but also my wrists hurt so… lol. my friend [[Seo-yeon|P]] left for a game company and she says it's the same there.

AI: Do you share anything personal with these tools?

User: not really. once i used [[ChatGPT|AI]] to help with year-end tax settlement and pasted my resident registration number, [[970814-2538164|NID]], without thinking. my mom scolded me for like an hour.

AI: How can we contact you afterwards?

User: [[kakaotalk|SW]] id is [[jiwon_draws|SH]], or [[insta|SW]] [[@jiwon.bg.art|SH]]. i don't really check email haha""")

# ---------------------------------------------------------------- 0017 Thailand
T.append("""AI: Hello, thank you for joining. Could you tell me about your job?

User: Hello ka. My name is [[Siriporn Wongsakul|P]], but please call me [[Ploy|P|nickname]]. I am [[front office manager|JOB]] at [[Lanna Riverside Resort Co., Ltd.|ORG]] in [[Chiang Mai|CITY]]. Our hotel has 86 rooms, many guests from [[Europe|CONT]] and [[China|CTRY]].

AI: Thanks, [[Ploy|P]]. How does AI help in front office work?

User: For reviews mostly. Guests write on [[TripAdvisor|SW]] and [[Agoda|SW]], and I use [[ChatGPT|AI]] to help write the reply, polite and not too long. Before, [[Nok|P|word_name]] from my team wrote all the replies and sometimes she was too honest haha.

AI: Are there tasks you wouldn't give to AI?

User: Yes, complaints about money. Last [[Songkran|GT]] one guest from [[Germany|CTRY]] was very angry about the water fight noise. Khun [[Somchai|P]], our [[GM|ROLE]], answered him himself by phone. AI cannot say sorry like Thai people.

AI: Do you put guest information into [[ChatGPT|AI]]?

User: No, never passport number. Only the text of the review. But sometimes the review has staff names inside, like "thank you [[Nok|P]]!", so now the AI knows her name also haha.

AI: Has AI changed anything for your staff?

User: New staff learn faster, I made a prompt sheet for them. I also use it for my son homework, he is [[nine|AGE]] years old and studies at [[Ban Nong Hoi School|SCH]]. Sometimes he explains the AI to me.

AI: How can we reach you for a follow-up?

User: [[LINE|SW]] id [[ploy.lanna|SH]] or phone [[081-592-4736|PH]]. Hotel email is also ok, [[frontoffice.ploy@lannariverside.co.th|EM]]. And you need my ID card for the gift card? It is [[1-5099-00412-73-6|NID]].""")

# ---------------------------------------------------------------- 0018 Malaysia
T.append("""AI: Hi there, thanks for joining. What do you do?

User: hi, thanks for having me. i'm [[Muhammad Haziq bin Roslan|P]], people just call me [[Haziq|P]]. i'm a [[process engineer|JOB]] at [[Penang Microsystems Sdn. Bhd.|ORG]] in [[Bayan Lepas|CITY]], been there since [[2018|DATE]], straight after graduating from [[Universiti Sains Malaysia|SCH]].

AI: How do you use AI tools in process engineering, [[Haziq|P]]?

User: quite a lot lah. for 8D reports and root cause stuff i use [[Copilot|AI]], because company already pay for [[Microsoft 365|SW]]. for data we got [[JMP|SW]], and sometimes i ask [[ChatGPT|AI]] to explain the stats when i forget haha

AI: Any stories about it going well or badly?

User: one time my [[boss|ROLE]], Mr. [[Lim|P]], wanted a report by 8am, so i used [[Copilot|AI]] to draft from my notes and it put the wrong lot number. the customer auditor from [[Japan|CTRY]] noticed. so paiseh. after that i always double check.

AI: How do your colleagues use it?

User: the younger ones use everything. my colleague [[Kavitha|P]] even used it for her wedding speeches in tamil and english. the aunties in the admin office still print every email lah.

AI: Do you have concerns about what goes into these tools?

User: yes, especially customer names and wafer data. also personal stuff, hr once asked everyone to send IC number through [[WhatsApp|SW]] for the insurance. mine is [[930417-07-5213|NID]], i sent it but i didn't feel comfortable.

AI: That's understandable. How can we reach you later?

User: personal email [[haziq.roslan(at)gmail(dot)com|OEM|parenthesized_at_dot]], or post to my house, [[No. 12, Jalan Sungai Dua 3, Taman Sri Rambai, 11700|ADDR]] [[Gelugor|CITY]]. my mum will receive if i'm not around.""")

# ---------------------------------------------------------------- 0019 South Africa
T.append("""AI: Hi, thanks for joining. Please introduce yourself and your work.

User: Hi! I'm [[Thandiwe Nkosi|P]], most people say [[Thandi|P]]. I'm a [[curriculum content developer|JOB]] at [[Ubuntu Learning (Pty) Ltd|ORG]], an edtech startup in [[Braamfontein|CITY]], [[Johannesburg|CITY]]. Before this I taught maths at [[Morris Isaacson High School|SCH]] in [[Soweto|CITY]] for six years.

AI: What does AI look like in your current job, [[Thandi|P]]?

User: Shoo, it's everywhere. We generate practice questions with [[GPT-4o|AI]] and then teachers review them. I also play with [[Khanmigo|AI]] to see how other companies do tutoring. Our [[founder|ROLE]], [[Sipho Dlamini|P]], is very "AI first". He quotes [[Elon Musk|PF]] in every meeting, which, eish.

AI: How do the teachers respond to AI-generated questions?

User: Honestly, they catch a lot. The model loves writing word problems about snow and ski trips, for kids who have never seen snow. My former colleague Mrs. [[Mahlangu|P]] reviews for us part-time and she sends the funniest comments back.

AI: Are there privacy concerns with learner data?

User: Huge. We're not allowed to put learner names anywhere near the models. But, ironically, the staff onboarding sheet had everyone's ID numbers, and somebody pasted the whole thing into [[ChatGPT|AI]] to "clean it up". Mine was in there, [[9203150423087|NID]]. I was not happy.

AI: What happened after that?

User: Our [[ops manager|ROLE]], [[Lerato|P]], made everyone do a data protection training, and the guy who did it, I won't say his name, had to apologise at the [[Monday|GT]] stand-up. It was awkward but fair.

AI: Thank you. How should we contact you?

User: [[WhatsApp|SW]] is best, [[072 418 9935|PH]]. Or [[thandi@ubuntulearning.co.za|EM]].""")

# ---------------------------------------------------------------- 0020 Canada
T.append("""AI: Hi, thanks for joining us. Could you describe your job?

User: Hi! Sorry in advance for my franglais. I'm [[Marie-Ève Gagnon|P]], I'm a [[claims adjuster|JOB]] at [[Groupe Boréal Assurances inc.|ORG]]. The office is in [[Laval|CITY]] but I mostly work from home on the [[Plateau|CITY]].

AI: How do AI tools factor into claims adjusting?

User: We have an internal tool built on [[Azure OpenAI|AI]] that reads the claim documents and proposes a summary. And I use [[Antidote|SW]], the French grammar tool, which has AI stuff too now. My [[supervisor|ROLE]], [[Guylaine|P]], tracks how many files we close per day in [[Power BI|SW]], so there's pressure to trust the summaries.

AI: Has the summary tool ever gotten something wrong in a way that mattered?

User: Oui. A water damage claim: the tool said the damage was in the basement, it was actually the second floor. The [[client|ROLE]], Mr. [[Tremblay|P]], called furious because we sent a basement specialist. He was right to be mad.

AI: How is sensitive information handled?

User: Everything stays in our environment, in theory. Funny story: the [[IT team|ROLE]] used real employee data to test the tool, and my colleague [[Jean-François|P]], we call him [[JF|P|nickname]], saw my own SIN, [[046 454 286|NID]], in a demo. Very professional, bravo.

AI: Oh no. What did the company do?

User: Apologised, gave everyone credit monitoring. I'm [[forty-two|AGE]], I've seen a lot of "oops" in my career, but that one I remember. I think it's the same at every insurer in [[Canada|CTRY]], nobody really knows where the data goes.

AI: How would you like us to send the follow-up?

User: By mail at home: [[4520, rue Saint-Denis, app. 3|ADDR]], [[Montréal|CITY]] (Québec) [[H2J 2L3|ADDR|postcode_fragment]]. Or by email, [[marieeve.gagnon arobase videotron point ca|OEM|spelled_at_dot_french]].""")

# ---------------------------------------------------------------- 0021 Australia
T.append("""AI: Thanks for jumping on the call. What do you do for work?

User: No worries! I'm [[Rebecca Nguyen|P]], everyone calls me [[Bec|P|nickname]]. I'm a [[project coordinator|JOB]] at [[Southbank Constructions Pty Ltd|ORG]] in [[Melbourne|CITY]]. Mostly mid-rise residential, so heaps of paperwork and heaps of cranky subbies.

AI: Where does AI fit into that, [[Bec|P]]?

User: Honestly it's saved my sanity. I use [[ChatGPT|AI]] to turn site diary notes into proper reports, and we've got [[Procore|SW]], which has some AI bits now. My [[site manager|ROLE]], [[Davo|P|nickname]], real name [[David Kowalski|P]], refuses to touch it. He still texts me photos of handwritten notes at 6am.

AI: How do you deal with that?

User: I chuck the photos into [[ChatGPT|AI]] and it reads his handwriting better than I do, which he finds personally offensive, haha.

AI: Are there any risks you've noticed?

User: Yeah, the reports sometimes make stuff up. Once it said a concrete pour was "completed successfully" when [[Davo|P]]'s note said it got rained off. If that had gone to the [[client|ROLE]], [[Harbourline Developments|ORG]], we'd have looked like idiots.

AI: Do you ever put personal info into these tools?

User: Ehh. Over the [[Christmas|GT]] shutdown I finally did last year's tax return with its help and pasted my TFN, [[459 812 736|NID]], before I'd even thought about it. My brother works in IT and he lost his mind at me.

AI: Anything else you'd like to share?

User: Just that it's changing who looks good at work, maybe? The young ones who are good with it look super efficient. I'm [[thirty-eight|AGE]], not ancient, but I feel it. Anyway, you can reach me on [[0412 558 203|PH]], and post goes to [[Unit 4/17 Chapel Street|ADDR]], [[Windsor|CITY]] [[VIC 3181|ADDR|postcode_fragment]].""")

# ---------------------------------------------------------------- 0022 Ireland
T.append("""AI: Hi, thanks very much for taking part. Could you tell me a bit about your job?

User: Of course. I'm [[Siobhán Ní Bhriain|P]]. Nobody outside [[Ireland|CTRY]] can spell it, so most people just call me [[Shiv|P|nickname]]. I'm a [[regulatory affairs specialist|JOB]] at [[Corrib Medtech Ltd|ORG]] out in [[Galway|CITY]]. We make catheters, riveting stuff altogether.

AI: And where does AI come into regulatory affairs?

User: Loads of document wrangling. The submissions are thousands of pages. I use [[Claude|AI]] to compare versions of technical files and [[Copilot|AI]] in [[Word|SW]] for first drafts of responses to the notified body. My [[manager|ROLE]], [[Ciarán|P]], is mad for it, he'd put it on everything if he could.

AI: Are there things you wouldn't trust it with?

User: Clinical data, absolutely not. We had a near miss: [[Aoife|P]] on the clinical side asked it to summarise adverse event reports and it merged two patients into one. Grand if you catch it, a disaster if you don't.

AI: How do people in your company talk about AI in general?

User: Half of them are terrified, half of them think it's magic. There was a big all-hands after [[Paddy's Day|GT]] where the [[VP of Quality|ROLE]] basically said "use it, but don't be thick". Which is fair enough.

AI: Have you used it for anything personal?

User: My dad, [[Seamus|P]], is [[seventy-four|AGE]] and asks it for horse racing tips. It refuses, which he thinks is a conspiracy. And I did use it once to fill in a form for Revenue, typed my PPS number in and all, [[7193846TA|NID]]. Wouldn't do that now.

AI: How would you like us to get in touch for the follow-up?

User: Post is grand: [[14 Bóthar na Trá|ADDR]], [[Salthill|CITY]], [[Galway|CITY]] [[H91 X2K7|ADDR|postcode_fragment]]. Or email, [[shiv.nibhriain@gmail.com|EM]].""")

# ---------------------------------------------------------------- 0023 US (Chicago)
T.append("""AI: Hi, thanks for joining. Can you tell me about your work?

User: Sure thing. I'm [[Denise Washington|P]], I'm a [[charge nurse|JOB]] on the med-surg floor at [[Lakeshore Community Hospital|ORG]] in [[Chicago|CITY]]. Been nursing twenty-two years.

AI: How is AI showing up on your unit?

User: Mostly through [[Epic|SW]]. They turned on an ambient documentation tool, [[DAX Copilot|AI]], for the [[physicians|ROLE]], and now they're piloting AI-drafted nursing notes. Some of my nurses love it, some hate it.

AI: What have you seen go wrong, if anything?

User: Oh, plenty. [[Thanksgiving|GT]] weekend, a draft note said a patient was ambulating independently, and he was a two-person assist. One of my new grads, [[Kayla|P]], almost signed it. [[Marcus|P]], one of my senior guys, caught it.

AI: How did your manager respond?

User: My [[nurse manager|ROLE]], [[Linda Petrakis|P]], took it up the chain. Now there's a big banner in the note that says AI-generated, review required. Took three weeks, but it's there.

AI: Do you use AI outside of work?

User: My daughter [[Jasmine|P]] is pre-med at [[Loyola University Chicago|SCH]] and she got me using [[ChatGPT|AI]] for meal planning. I also used it to help fill out a benefits form once and, don't judge me, I typed my social right in there, [[512-48-3907|NID]]. [[Jasmine|P]] about had a heart attack.

AI: That's more common than you'd think. How can we reach you for a follow-up?

User: Cell is [[(773) 481-2290|PH]]. Mail goes to [[2417 W Augusta Blvd, Apt 2R|ADDR]], [[Chicago|CITY]], [[IL 60622|ADDR|postcode_fragment]].""")

# ---------------------------------------------------------------- 0024 UK (Manchester)
T.append("""AI: Thanks for making the time. Could you tell me what you do?

User: yeah course! i'm [[Priya Sharma|P]], [[senior recruitment consultant|JOB]] at [[Northern Talent Partners LLP|ORG]]. we're in [[Spinningfields|CITY]] in [[Manchester|CITY]]. tech recruitment mostly, devs and data people.

AI: How has AI changed recruitment for you?

User: massively. candidates use [[ChatGPT|AI]] to write their CVs so they all sound the same now, "passionate, results-driven", you know. and we use [[LinkedIn Recruiter|SW]] which has AI search, plus [[Bullhorn|SW]] as our CRM.

AI: Does that make your job harder or easier, [[Priya|P]]?

User: both tbh. sourcing is faster but screening is harder, everyone looks perfect on paper. my [[manager|ROLE]] [[Rich|P|word_name]] is old school, so he makes us phone screen everyone now. and my desk buddy [[Hope|P|word_name]] reckons half the cover letters she reads are straight out of a bot.

AI: Any stories that stick out?

User: ha yeah. had a candidate last [[spring|GT]] who left the prompt in his cover letter, "make this sound confident but humble". he still got the job tbf, the [[client|ROLE]], [[Ferrovia Labs Ltd|ORG]], loved him. [[Rich|P]] tells that story at every team night out.

AI: How do you handle candidate data with these tools?

User: we're meant to strip names and contact details before anything goes into a bot. honestly not everyone does. i once saw a CV pasted in with the guy's national insurance number on it, like why is that even on a CV.

AI: Is there anything about your own career you're thinking about?

User: i'm [[twenty-nine|AGE]], did geography at [[Leeds Beckett|SCH]] and fell into recruitment like everyone does lol. if AI does the boring bits i'm happy. you can get me on [[oh seven nine one one, four eight two, oh three five|OPH|digits_as_words]], or email [[priya.s@northerntalent.co.uk|EM]], or on [[linkedin|SW]] at [[linkedin.com/in/priya-sharma-recruits|URL]].""")

# ---------------------------------------------------------------- 0025 US (Austin)
T.append("""AI: Hi, thanks for joining. What kind of work do you do?

User: hi!! so i own a food truck, [[Tacos La Güera LLC|ORG]], in [[East Austin|CITY]]. my name is [[Guadalupe Hernández|P]] but everyone calls me [[Lupe|P|nickname]], or [[la güera|P|nickname]] bc of my hair, hence the name lol

AI: Nice! How do you use AI for the truck, [[Lupe|P]]?

User: mostly social media. [[ChatGPT|AI]] writes my captions, [[CapCut|SW]] does the auto subtitles on my videos, and i tried [[Meta AI|AI]] inside [[Instagram|SW]] but it was kinda useless. my nephew [[Joaquín|P]] set everything up, he's [[sixteen|AGE]] and basically my whole marketing department haha

AI: What's worked well?

User: the captions in spanglish! i tell it "write like a tía from the valley" and it kinda gets it. one post where i compared our birria to [[Bad Bunny|PF]] went semi viral, best week we ever had.

AI: Anything that hasn't worked?

User: taxes lol. i asked it about my quarterly payments and gave it my EIN, [[87-4419302|NID]], and it gave me the wrong deadlines. my [[accountant|ROLE]] [[Ngozi|P]] was like girl no.

AI: Do you worry about privacy with these tools?

User: not really honestly? maybe i should. my whole life is on [[instagram|SW]] already, [[@tacoslaguera_atx|SH]]. my mom [[Rosario|P]] worries more than me, she thinks the phone listens to us. she's probably right.

AI: If we want to follow up, what's the best way to contact you?

User: email [[lupe [at] tacoslaguera [dot] com|OEM|bracketed_at_dot]], i write it like that so the spam bots dont get it. or just come to the truck, best tacos in [[Austin|CITY]], we're parked at [[1208 E Cesar Chavez St|ADDR]] every night except [[Mondays|GT]].""")

# ---------------------------------------------------------------- 0026 Egypt (Alexandria)
T.append("""AI: Good evening, thank you for agreeing to speak with me. Could you describe your current position?

User: Good evening. I am Dr. [[Nourhan Abdel-Aziz|P]], [[assistant professor of clinical pharmacy|JOB]] at [[Alexandria University|SCH]]. I also consult two days per week for a pharmaceutical company, [[Delta Pharma Industries S.A.E.|ORG]]. I live in [[Smouha|CITY]], close to the faculty.

AI: How do you use AI tools in your academic work?

User: For teaching, I prepare case studies with [[ChatGPT|AI]] and verify them in [[Lexicomp|SW]]. For research, I use [[Elicit|AI]] to find papers and [[Zotero|SW]] for references. My [[PhD student|ROLE]], [[Mahmoud|P]], uses AI more than me. Sometimes I must remind him that the model is not a pharmacist.

AI: Could you give an example?

User: Yes. He wrote a literature review and one reference was completely invented, with a real author name, Prof. [[Hany Ragab|P]], who was my own supervisor. I sent it to Prof. [[Ragab|P]] and he laughed, but for me it was embarrassing.

AI: How do students use these tools?

User: Everybody uses them. In the [[winter|GT]] term I found three assignments with the same paragraph, word by word. The [[vice dean|ROLE]] formed a committee and I am a member, unfortunately, so more meetings.

AI: Are there data protection concerns at the company you consult for?

User: Yes, pharmacovigilance reports contain patient details, so our rule is no patient data in public tools. By the way, the payment portal for this study asked for my national ID number. I entered [[28104020201547|NID]], but I want to be sure it is deleted afterwards. I am [[forty-three|AGE]] and I have learned to ask these questions.

AI: That's a fair request, and I'll pass it on. Thank you, Dr. [[Abdel-Aziz|P]]. How can we contact you?

User: My university email, [[nourhan.abdelaziz@alexu.edu.eg|EM]], or my mobile, [[+20 122 719 4058|PH]]. My husband [[Karim|P]] sometimes answers it, do not be surprised.""")

# ---------------------------------------------------------------- 0027 Ghana -> Canada
T.append("""AI: Hi, thank you for joining. Can you tell me a bit about your work?

User: Hello! Yes. I'm [[Akosua Boateng|P]], I'm a [[licensed practical nurse|JOB]] at [[Chinook Ridge Seniors Care Ltd.|ORG]] in [[Calgary|CITY]]. I moved from [[Kumasi|CITY]] in [[2019|DATE]], so about five years now.

AI: How do AI tools show up in your work at the care home?

User: Small small. The charting system, [[PointClickCare|SW]], gives some suggestions now. And I use [[ChatGPT|AI]] on my phone to check medication names when the [[doctor|ROLE]]'s writing is bad, but I always confirm with the [[pharmacist|ROLE]]. My [[charge nurse|ROLE]], [[Brenda|P]], showed me how to make it explain things simply for families. That was [[Brenda|P]]'s trick.

AI: Could you tell me about a time that was helpful?

User: Yes. One resident, Mr. [[Ferguson|P]], his daughter lives in [[Australia|CTRY]] and she was very worried after his fall. I used it to write a clear update for her, and she cried and said it was the first time she understood what was happening.

AI: Do you ever worry about privacy when doing that?

User: Yes, now I do. At first I put his full name and room number. My colleague [[Joy|P|word_name]] told me no no no, that is not allowed. Now I just write "resident A".

AI: Do you use AI outside of work?

User: My mother in [[Kumasi|CITY]], [[Comfort|P|word_name]], she is [[sixty-five|AGE]], sends me voice notes on [[WhatsApp|SW]] asking me to ask [[ChatGPT|AI]] about her blood pressure medicine. I tell her, Mummy, go to the clinic! She does not listen.

AI: Ha. Where did you train as a nurse?

User: At [[Kwame Nkrumah University of Science and Technology|SCH]], then I did the bridging program here. If you need me for the next part, my number is [[403-558-2174|PH]] or email [[akosuaboateng19@gmail.com|EM]].""")

# ---------------------------------------------------------------- 0028 Chile -> Spain
T.append("""AI: Hi, thanks for joining. Could you describe your work?

User: Hi! Sure. I'm [[Ignacio Valdés Riquelme|P]], but call me [[Nacho|P|nickname]], everyone does. I'm a [[predoctoral researcher|JOB]] at the [[Institut de Recerca en Ciència de Dades|ORG]] in [[Barcelona|CITY]]. I'm originally from [[Valparaíso|CITY]] and did my undergrad at the [[Universidad Técnica Federico Santa María|SCH]].

AI: How do you use AI in your research, [[Nacho|P]]?

User: I work on climate downscaling, so I build ML models, but you mean the assistants, right? [[Claude|AI]] and [[ChatGPT|AI]] for debugging Python, the AI thing in [[Overleaf|SW]] for LaTeX errors, and [[NotebookLM|AI]] to digest papers. My [[supervisor|ROLE]], Dr. [[Montserrat Puig|P]], is fine with it as long as I disclose.

AI: Has disclosure been an issue?

User: A bit. A [[reviewer|ROLE]] once accused us of AI-written text because my English was "too fluent for a non-native speaker". Which, thanks? [[Montse|P|nickname]] was furious and wrote a super polite reply that was actually very aggressive.

AI: Do you use these tools for anything outside work?

User: Bureaucracy! The NIE, the empadronamiento, everything in Catalan and Spanish. I pasted my NIE, [[Y4829173L|NID]], into [[ChatGPT|AI]] to help me fill in a form, which probably wasn't smart. My girlfriend [[Júlia|P]] is from here, so she helps me too, but she's tired of me, haha.

AI: What about your colleagues, how do they feel?

User: My officemate [[Pau|P|word_name]] refuses to use anything, he writes Fortran like a monk. But then he asks me to ask [[Claude|AI]] for him, so... [[Pau|P]] is a hypocrite, but a lovely one.

AI: How would you like to be contacted for the follow-up?

User: Email is best: [[nacho.valdes AT ircd DOT cat|OEM|spelled_at_dot_caps]]. I live in [[Gràcia|CITY]], if you need to send something I'll give you the exact address by email. I'm [[28|AGE]], so I still answer emails fast, ha.""")

# ---------------------------------------------------------------- 0029 Peru (Cusco)
T.append("""AI: Hello, thank you for talking with me. What is your job?

User: hello, thank you. my name is [[Wilber Mamani Ccori|P]], i am [[senior guide|JOB]] in [[Inka Trails Expeditions E.I.R.L.|ORG]] here in [[Cusco|CITY]]. i guide the inca trail four days and also city tours. twelve years already.

AI: How do AI tools come into guiding, [[Wilber|P]]?

User: before nothing, now a lot! tourists ask me "is it true what [[chatgpt|AI]] say?" haha. they read about [[Hiram Bingham|PF]] in [[ChatGPT|AI]] and come with wrong stories. i use [[Google Translate|SW]] for groups from [[Japan|CTRY]] and [[Korea|CTRY]], and [[chatgpt|AI]] to prepare my explanations in english.

AI: Do you ever disagree with what the AI says?

User: yes!! it say things about inca history like the spanish chroniclers say, not like our grandparents tell. my grandfather [[Teodoro|P]] tell me stories in quechua that no AI knows. i want to write them, maybe my niece [[Yesenia|P]] help me, she study tourism in [[Universidad Nacional San Antonio Abad|SCH]].

AI: That's a lovely idea. How does your company use AI?

User: the [[owner|ROLE]], señora [[Gladys Paredes|P]], use it for the web page and to answer bookings on [[WhatsApp|SW]]. sometimes it promise things we cannot do, like private train to the top haha. then i must explain to the tourist.

AI: Any concerns about personal information?

User: the booking forms have passport numbers of tourists and we send them by phone, not so safe i think. and me, for my guide license renewal, i put my DNI [[70418253|NID]] on a website that was fake, a friend send me the link. ai did not help there haha.

AI: I'm sorry to hear that. How can we reach you?

User: my cel [[984 217 305|PH]], or [[instagram|SW]] [[@wilber.andes.guide|SH]]. i live in [[San Blas|CITY]], the artisans neighborhood, everybody know me there.""")

# ---------------------------------------------------------------- 0030 UK (Wales)
T.append("""AI: Good afternoon, and thanks for speaking with me. Could you tell me about your role?

User: Afternoon. I'm [[Gareth Llewellyn-Jones|P]], [[practice manager|JOB]] at [[Llandaff North Family Practice|ORG]] in [[Cardiff|CITY]]. We're a GP surgery, about eleven thousand patients on the list.

AI: How has AI come into a GP surgery, [[Gareth|P]]?

User: Slowly and nervously. We trialled an online triage tool, [[Klinik|SW]], and a few of our [[GPs|ROLE]] use [[Heidi|AI]] for ambient scribing in consultations. I use [[ChatGPT|AI]] myself for rotas and policy drafts, nothing with patient data.

AI: What's the staff reaction been?

User: The [[receptionists|ROLE]] were worried about their jobs, understandably. [[Bethan|P]], who's been on the front desk since before I arrived, asked me straight out if she'd be replaced. I said no, and I meant it. Our [[senior partner|ROLE]], Dr. [[Okonkwo|P]], is the real enthusiast.

AI: Has anything gone wrong?

User: One scribe note recorded "chest pain" as "chess pain", which gave us a laugh. More seriously, a test letter pulled in the wrong NHS number. Luckily it was my own, [[485 777 3456|NID]], because I'd been testing the template on myself. Lesson learned.

AI: How do you think about patient privacy with these tools?

User: Constantly. Everything goes through a data protection impact assessment and our [[Caldicott Guardian|ROLE]] signs off. I'd rather be slow than end up in the papers.

AI: Outside of work, do you use AI yourself?

User: My wife [[Cerys|P]] uses it for her Welsh lessons, funnily enough. She's learning on [[Duolingo|SW]] and asks [[ChatGPT|AI]] to explain mutations. I'm a first-language Welsh speaker from [[Aberystwyth|CITY]] and apparently I'm no help at all.

AI: Ha. Finally, how can we contact you?

User: Work email's fine, [[g.llewellynjones@llandaffnorthfp.wales|EM]]. Or mobile, I'll type it the way I always do so the scrapers don't get it: [[O7834 5l2 O96|OPH|letter_lookalikes]]. Post to [[12 Heol y Felin|ADDR]], [[Rhiwbina|CITY]], [[Cardiff|CITY]] [[CF14 6NS|ADDR|postcode_fragment]].""")


# =========================================================================
HONORIFICS = ("Mr. ", "Mrs. ", "Ms. ", "Dr. ", "Dra. ", "Prof. ", "Don ",
              "Khun ", "señora ")
LEGAL = re.compile(r"(Ltd|LLC|LLP|S\.A\.|SRL|SpA|S\.p\.A\.|GmbH|N\.V\.|B\.V\.|"
                   r"Inc\.|inc\.|Pty|Sdn\. Bhd\.|S\.A\.E\.|S\.L\.P\.|S\.A\.S\.|"
                   r"s\.a\.c\.|E\.I\.R\.L\.|Limited|\(Pvt\.\)|Co\., Ltd\.)")
NUMWORDS = re.compile(r"^[a-z\- ]+$")


def turn_speaker(text, pos):
    start = text.rfind("\n\n", 0, pos)
    start = 0 if start < 0 else start + 2
    return "AI" if text.startswith("AI:", start) else "User"


def derive_phenomenon(tag, value, text, start, end):
    etype, kind = TAGS[tag]
    if tag == "P":
        if turn_speaker(text, start) == "AI":
            return "interviewer_echo"
        if text.startswith("'s", end):
            return "possessive"
        if any(text[:start].endswith(h) for h in HONORIFICS):
            return "after_honorific"
        if text.startswith("-san", end) or text.startswith(" bhai", end):
            return "honorific_suffix"
        if value == value.lower():
            return "lowercase_name"
        n = len(value.split())
        if n >= 3:
            return "multi_part_name"
        if "-" in value and n <= 2:
            return "hyphenated_name" if n == 1 else "full_name_hyphenated"
        return "full_name" if n == 2 else "first_name_only"
    if tag in ("EM",):
        return "plain_email"
    if tag == "PH":
        return "international_format" if value.startswith("+") else "local_format"
    if tag == "URL":
        return "profile_url"
    if tag == "SH":
        return "handle_at" if value.startswith("@") else "handle_no_at"
    if tag == "ADDR":
        return "local_format_street_address"
    if tag == "NID":
        return "national_id_number"
    if tag == "ORG":
        if value == value.lower():
            return "lowercase_org"
        return "legal_suffix" if LEGAL.search(value) else "org_name"
    if tag == "CITY":
        if value == value.lower():
            return "lowercase_place"
        return "city_or_district"
    if tag == "JOB":
        return "job_title_with_employer"
    if tag == "AGE":
        return "age_in_words" if NUMWORDS.match(value) else "age_numeric"
    if tag == "DATE":
        if re.fullmatch(r"\d{4}", value):
            return "year"
        return "date_in_words"
    if tag == "SCH":
        return "lowercase_school" if value == value.lower() else "school_name"
    return "decoy_" + etype.lower()


def build(src):
    out, spans, pos = [], [], 0
    last = 0
    for m in MARK.finditer(src):
        out.append(src[last:m.start()])
        pos += m.start() - last
        value, tag, phen = m.group(1), m.group(2), m.group(3)
        assert tag in TAGS, tag
        assert "[[" not in value and "]]" not in value, value
        out.append(value)
        spans.append([pos, pos + len(value), tag, phen, value])
        pos += len(value)
        last = m.end()
    out.append(src[last:])
    text = "".join(out)
    assert "[[" not in text and "]]" not in text and "|" not in text, text[:80]
    result = []
    for s, e, tag, phen, value in spans:
        assert text[s:e] == value, (text[s:e], value)
        etype, kind = TAGS[tag]
        if phen is None:
            phen = derive_phenomenon(tag, value, text, s, e)
        result.append({"start": s, "end": e, "entity_type": etype,
                       "kind": kind, "phenomenon": phen})
    return text, result, spans


def check_consistency(tid, text, raw_spans):
    """Every occurrence of a labelled value must be covered by some span."""
    problems = []
    covered = [(s, e) for s, e, *_ in raw_spans]
    for s, e, tag, _, value in raw_spans:
        if tag == "ROLE":
            continue
        for m in re.finditer(r"(?<!\w)" + re.escape(value) + r"(?!\w)", text):
            if not any(cs <= m.start() and m.end() <= ce for cs, ce in covered):
                problems.append(f"{tid}: unlabelled occurrence of {value!r} ({tag}) at {m.start()}")
    # overlapping spans are not allowed
    srt = sorted(covered)
    for (a, b), (c, d) in zip(srt, srt[1:]):
        if c < b:
            problems.append(f"{tid}: overlapping spans {a}-{b} / {c}-{d}")
    return problems


RANGES = {"direct": (5, 10), "quasi": (3, 8), "obfuscated": (0, 2), "decoy": (5, 10)}


def main():
    assert len(T) == 30, len(T)
    records, problems = [], []
    for i, src in enumerate(T, 1):
        tid = f"hold-{i:04d}"
        text, spans, raw = build(src)
        turns = text.split("\n\n")
        if not 8 <= len(turns) <= 14:
            problems.append(f"{tid}: {len(turns)} turns")
        for j, t in enumerate(turns):
            want = "AI: " if j % 2 == 0 else "User: "
            if not t.startswith(want) or t != t.strip():
                problems.append(f"{tid}: bad turn {j}: {t[:40]!r}")
        kc = Counter(s["kind"] for s in spans)
        for k, (lo, hi) in RANGES.items():
            if not lo <= kc.get(k, 0) <= hi:
                problems.append(f"{tid}: {k}={kc.get(k, 0)} outside {lo}-{hi}")
        problems += check_consistency(tid, text, raw)
        records.append({"transcript_id": tid, "locale": "mixed", "text": text,
                        "spans": spans})
    if problems:
        print("\n".join(problems))
        sys.exit(1)
    with open(__import__("os").path.join(__import__("os").path.dirname(__file__), "set_b.jsonl"), "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    # re-read and verify
    kinds, types, phens = Counter(), Counter(), Counter()
    with open(__import__("os").path.join(__import__("os").path.dirname(__file__), "set_b.jsonl"), encoding="utf-8") as f:
        recs = [json.loads(l) for l in f]
    for r in recs:
        for s in r["spans"]:
            assert 0 <= s["start"] < s["end"] <= len(r["text"])
            kinds[s["kind"]] += 1
            types[(s["kind"], s["entity_type"])] += 1
            phens[s["phenomenon"]] += 1
    print(f"wrote {len(recs)} transcripts, {sum(kinds.values())} spans")
    print("per kind:", dict(kinds))
    for (k, t), n in sorted(types.items()):
        print(f"  {k:11s} {t:15s} {n}")
    print("phenomena:", dict(phens.most_common()))


if __name__ == "__main__":
    main()
