#!/usr/bin/env python3
"""Generator for an independent, hand-crafted PII test set (synthetic interviews).

Each transcript is written with inline markup  [[value|CODE]]  or
[[value|CODE|phenomenon]].  The markup is stripped while the text is
assembled piece by piece, and character offsets are recorded as each
piece is appended.  Every span is asserted against the final text.

All names, numbers, addresses and IDs are invented.
"""
import json
import re
import sys
from collections import Counter

CODES = {
    # direct
    "P": ("PERSON", "direct"),
    "E": ("EMAIL_ADDRESS", "direct"),
    "PH": ("PHONE_NUMBER", "direct"),
    "U": ("URL", "direct"),
    "H": ("SOCIAL_HANDLE", "direct"),
    "A": ("ADDRESS", "direct"),
    "N": ("NATIONAL_ID", "direct"),
    # obfuscated
    "OE": ("EMAIL_ADDRESS", "obfuscated"),
    "OP": ("PHONE_NUMBER", "obfuscated"),
    # quasi
    "O": ("ORGANIZATION", "quasi"),
    "C": ("CITY", "quasi"),
    "J": ("JOB_TITLE", "quasi"),
    "AG": ("AGE", "quasi"),
    "D": ("DATE", "quasi"),
    "S": ("SCHOOL", "quasi"),
    # decoys
    "AI": ("AI_PRODUCT", "decoy"),
    "SW": ("SOFTWARE", "decoy"),
    "PF": ("PUBLIC_FIGURE", "decoy"),
    "R": ("GENERIC_ROLE", "decoy"),
    "T": ("GENERIC_TIME", "decoy"),
    "CO": ("COUNTRY", "decoy"),
    "CT": ("CONTINENT", "decoy"),
}

T = []  # list of transcripts (markup strings, one turn per line)

# ---------------------------------------------------------------- 1 Nigeria
T.append("""
AI: Thanks for joining today. To start, could you tell me a little about yourself and what you do?
User: sure, um, my name is [[Chukwuemeka Obi-Nwosu|P]], most people just call me [[Emeka|P|nickname]]. I'm [[thirty-four|AG]], I work as a [[Credit Risk Analyst|J]] at [[Zenith Bank Plc|O]] here in [[Lagos|C]], the [[Victoria Island|C|neighbourhood]] branch.
AI: Thanks, [[Emeka|P]]. How do AI tools fit into your day-to-day work?
User: mostly [[ChatGPT|AI]] for drafting memos, and sometimes [[Copilot|AI]] inside [[Excel|SW]] when the formulas get too long. my [[line manager|R]], Mrs. [[Adaeze Okafor|P]], she is a bit skeptical, she keeps saying "[[Bill Gates|PF]] can say what he likes, we are regulated".
AI: Has there been a moment where using it went wrong?
User: yes o. on [[12 February 2024|D]] I pasted a customer statement into the chat, like the full thing, and compliance flagged it. after that we now have training every [[Friday|T]], which, hmm, is fine I guess.
AI: That sounds stressful. How did your team react?
User: [[Adaeze|P]] was calm actually. she said everybody in [[Nigeria|CO]] banking is learning this together.
AI: If we need to follow up, what's the best way to reach you?
User: email me at [[emeka.obinwosu@gmail.com|E]] or whatsapp [[+234 803 555 0192|PH]]. and for the payment form they asked my NIN, it's [[48210937561|N|nin_nigeria]].
""")

# ---------------------------------------------------------------- 2 Vietnam
T.append("""
AI: Hello, thank you for taking the time. Can you introduce yourself a little?
User: hello, i am [[Nguyễn Thị Thu Hà|P]], you can call me [[Hà|P|given_name_alone]]. i am [[28|AG]] years old, working as [[QA Lead|J]] at [[FPT Software|O]] in [[Ho Chi Minh City|C]], our office is in [[Quận 7|C|district]].
AI: Nice to meet you, [[Hà|P]]. Which AI tools do you use at work?
User: we use [[GitHub Copilot|AI]] a lot, and [[ChatGPT|AI]] for writing test cases. [[Jira|SW]] also has some AI plugin now but honestly not so good. my [[team leader|R]] anh [[Minh|P|after_honorific]] he prefer [[Claude|AI]] because it write longer code.
AI: Do you have any worries about data privacy?
User: yes, a little. on [[05/03/2023|D]] one dev paste the source code of our customer from [[Japan|CO]] into a chatbot, and the customer was very angry. after that [[FPT|O|org_short_form]] make a new policy, we must log every prompt.
AI: How did that change your own work?
User: i need to review the prompt logs every [[Friday|T]] afternoon, very boring haha. i studied at [[Đại học Bách Khoa TP.HCM|S]] so i understand the technical part, but still, it take time.
AI: If we want to contact you for a follow-up, how should we do that?
User: ok, my [[zalo|SW]] is [[0903 218 447|PH]], work email [[thuha.nguyen@fsoft.com.vn|E]]. or the personal one is [[thu\u200bha.ng96@gmail.com|OE]], i check it more often.
""")

# ---------------------------------------------------------------- 3 Indonesia
T.append("""
AI: Hi, thanks for making time. Could you start by telling me about your job?
User: Halo! Yes, so I'm [[Dewi Anggraini Putri|P]], I'm [[thirty-one|AG]], and I work as [[Brand Manager|J]] at [[PT Unilever Indonesia Tbk|O]]. I live in [[Bekasi|C]] but the office is in [[Tangerang|C]], so the commute is, wah, very long.
AI: That sounds tiring, [[Dewi|P]]. How do you use AI in your role?
User: mostly [[Gemini|AI]], because the company uses [[Google Workspace|SW]], and [[Canva|SW]] for quick visuals. my boss Pak [[Wahyudi|P|mononym_after_honorific]] is actually the one who push us, he watch a lot of [[Jensen Huang|PF]] videos on youtube haha.
AI: Any concerns?
User: maybe about agencies. our agency [[PT Kreasi Nusantara Digital|O]] start to use [[Midjourney|AI]] for key visuals and legal team ask if we own the copyright. nobody knows really. especially before the [[Ramadan|T]] campaign, everything is rush.
AI: When did you join the company?
User: [[1 August 2019|D]], so almost five years already.
AI: Great. Is there anything else you want to add?
User: ah, you said there's a voucher? you can send to my house, [[Perumahan Griya Asri Blok C3 No. 17|A]], [[Bekasi|C]], or just call me [[0812-8834-5571|PH]]. my instagram is [[@dewiputri.id|H]] also can DM.
AI: Perfect, thank you [[Dewi|P]].
""")

# ---------------------------------------------------------------- 4 Philippines
T.append("""
AI: Good morning! Thanks for joining. Can you tell me about yourself?
User: hi!! good morning po. I'm [[Maria Cristina dela Cruz|P]] but everyone calls me [[Tin|P|nickname]]. I'm [[26|AG]], [[Team Lead|J]] at [[Concentrix|O]] in [[Cebu City|C]], in [[IT Park|C|neighbourhood]]. before that I was at [[Teleperformance|O|former_employer]] for like two years.
AI: Thanks, [[Tin|P]]. How is AI used in your work?
User: so we have this tool that suggests replies to the agents, i think it's built on [[GPT-4|AI]], it's inside [[Salesforce|SW]]. our accounts are mostly [[US|CO]] telcos so the tone has to be very american lol. my [[operations manager|R]] [[Joy|P]] is the one who trained us, she's really good, honestly there's no joy in doing QA without her haha.
AI: What has been the hardest part?
User: the agents over-trust it. like [[the client|R]] got a complaint on [[March 8|D]] because the AI suggested a refund policy that doesn't exist. [[the client|R]] was so mad.
AI: How do you handle that now?
User: we do calibration every [[Thursday|T]]. and I made a checklist in [[Google Sheets|SW]].
AI: Last question, can we contact you later?
User: sure, text me [[0917 824 3361|PH]] or email [[tin.delacruz[at]yahoo[dot]com|OE]]. btw I graduated from [[University of San Carlos|S]] if that matters for the demographics part.
""")

# ---------------------------------------------------------------- 5 Poland
T.append("""
AI: Good afternoon, thank you for agreeing to talk with us. Please introduce yourself.
User: Dzień dobry. I am [[Katarzyna Wiśniewska-Nowak|P]], I am [[42|AG]] years old, I work as [[Senior Accountant|J]] at [[Biuro Rachunkowe Kowalczyk Sp. z o.o.|O]] in [[Kraków|C]].
AI: Thank you, [[Katarzyna|P]].
User: [[Kasia|P|diminutive]] is fine, really, nobody calls me [[Katarzyna|P]] except my mother.
AI: How do you use AI tools, [[Kasia|P]]?
User: so, mostly [[ChatGPT|AI]] for reading new tax regulations, they change every [[January|T]] and the text is terrible. and now [[Copilot|AI]] in [[Excel|SW]], but [[our CFO|R]] does not trust it. we still use [[Comarch ERP Optima|SW]] for the books, no AI there.
AI: Can you give an example where it helped or hurt?
User: helped, one client, [[Piekarnia Zielińscy|O|client_org]], had a VAT question and I got the answer in ten minutes instead of one day. hurt, it invented a paragraph of the law once, I checked and it did not exist. since then I always check the source.
AI: When did you start at the company?
User: [[September 1st, 2015|D]]. long time.
AI: For the honorarium we need some details, is that ok?
User: yes. PESEL [[82041503627|N|pesel]], address [[ul. Długa 14/3, 31-146|A]] [[Kraków|C]], phone [[+48 601 442 918|PH]], email [[k.wisniewska@brkowalczyk.pl|E]].
""")

# ---------------------------------------------------------------- 6 Turkey
T.append("""
AI: Hello and welcome. Could you tell me a bit about your background?
User: Merhaba. My name is [[Mehmet Can Özdemir|P]], [[37|AG]] years old. I am [[Operations Planner|J]] at [[Arkas Lojistik A.Ş.|O]] in [[İzmir|C]], I live in [[Bornova|C|district]], is close to office.
AI: Thank you, [[Mehmet|P]]. Which AI tools do you use?
User: [[ChatGPT|AI]] for emails in English, because my English is, eh, you see. [[DeepL|AI]] for German customers. And [[my colleague|R]] [[Ayşe Nur Yıldırım|P]] wrote a [[Python|SW]] script for container planning with help from [[Claude|AI]], it saves maybe two hours per day.
AI: That's impressive. Did [[Ayşe|P]] have programming experience before?
User: no! this is the funny part. she studied logistics at [[Dokuz Eylül Üniversitesi|S]] like me. she learned everything in three months.
AI: What worries you about AI, if anything?
User: [[Elon Musk|PF]] says AI will take all jobs, I don't believe this. but in [[Türkiye|CO]] companies are slow, so maybe we have time haha. I started here [[23.04.2022|D]], before I was at [[Borusan Lojistik|O|former_employer]].
AI: Thanks. Could you share contact details for follow-up?
User: phone [[0532 418 77 09|PH]]. mail is [[mehmetcan (at) arkas (dot) com (dot) tr|OE]], I write like this because of spam. TC number you need? [[29384756102|N|tc_kimlik]].
""")

# ---------------------------------------------------------------- 7 Brazil (law)
T.append("""
AI: Hi, thanks for being here. Could you introduce yourself?
User: Oi, sure. I'm [[João Pedro de Oliveira Santos|P]], I'm [[thirty two|AG]], [[associate lawyer|J]] at [[Andrade & Ribeiro Advogados Associados|O]] in [[São Paulo|C]]. I live in [[Vila Madalena|C|neighbourhood]], walking distance more or less.
AI: Thank you, [[João Pedro|P|compound_given_name]]. How does AI show up in your work?
User: we have [[Harvey|AI]] now, the firm bought licenses last year, and many people use [[ChatGPT|AI]] on the side, which, well, is not allowed. I use it for first drafts of petitions in [[Word|SW]] and then I rewrite everything.
AI: Who on your team uses it most?
User: [[a paralegal on my team|R]], [[Beatriz Tanaka|P]], [[Bia|P|nickname]], she is amazing with prompts. [[Bia|P]]'s summaries of jurisprudence are better than mine honestly.
AI: Have there been problems?
User: yes, once the AI cited a decision that does not exist. it was my first big case since I joined on [[2019-05-02|D]], so it was embarrassing. anyway even [[Lula|PF]] talked about regulating AI, so in [[Brazil|CO]] this will change fast.
AI: Where did you study?
User: [[Faculdade de Direito da USP|S]].
AI: For the gift card, we'll need a few details.
User: CPF [[382.915.447-06|N|cpf]], cell [[(11) 98734-2210|PH]], email [[joaopedro.santos@andraderibeiro.adv.br|E]].
""")

# ---------------------------------------------------------------- 8 India (data eng)
T.append("""
AI: Thanks for joining. Let's start with a quick intro.
User: hi, yeah, I'm [[Priyanka Venkataraman|P]], [[29|AG]], [[Senior Data Engineer|J]] at [[Infosys Ltd|O]], based out of [[Bengaluru|C]]. I stay in [[Koramangala|C|neighbourhood]] with two flatmates.
AI: Great, [[Priyanka|P]]. What does AI look like in your work?
User: [[GitHub Copilot|AI]] all day basically, the [[Databricks|SW]] assistant for SQL, and [[Gemini|AI]] when I'm stuck on some Spark error. [[my manager|R]] [[Rajesh|P]] is very pro-AI, he forwards every [[Sundar Pichai|PF]] interview to the team group lol.
AI: Do you think it has changed how you're evaluated?
User: kind of?? like [[Rajesh|P]] now expects tickets closed faster. and [[the client|R]], a big retail chain in the [[UK|CO]], asked us to sign something saying we don't paste their data into public tools.
AI: Can you tell me about your education?
User: BTech from [[PSG College of Technology|S]], then MTech at [[IIT Madras|S]].
AI: If we want to share the results with you?
User: sure, linkedin is [[linkedin.com/in/priyankavenkataraman|U]], github [[github.com/priyanka-venkat|U]], or phone [[+91 98450 12763|PH]]. oh and they asked aadhaar for the payment, [[5834 2291 7765|N|aadhaar]].
AI: Thank you! Anything else?
User: not really, just that I'm off during [[Diwali|T]] so reply might be slow haha. my birthday is [[7th Nov|D]] also so double celebration.
""")

# ---------------------------------------------------------------- 9 Kenya (NGO)
T.append("""
AI: Welcome, and thank you for your time. Please tell me a bit about yourself.
User: Thank you. My name is [[Wanjiru Kamau|P]], I am [[forty|AG]], I'm a [[Monitoring and Evaluation Officer|J]] with [[Amref Health Africa|O]], based in [[Nairobi|C]]. I live in [[Kasarani|C]].
AI: Thanks, [[Wanjiru|P]]. How are you using AI?
User: we collect survey data with [[KoboToolbox|SW]] and then I use [[ChatGPT|AI]] to help me write the narrative part of reports, and [[Power BI|SW]] has that [[Copilot|AI]] button now. [[my supervisor|R]] [[Grace|P]] was skeptical at first but by God's grace she came around, haha.
AI: Has anything gone wrong?
User: one time [[Otieno Odhiambo|P]], he is our data clerk, uploaded a whole spreadsheet with patient names. so i told [[otieno|P]] no no no, we must remove identifiers first. it was [[14th March 2023|D]], I remember because it was the quarterly review.
AI: Do you think AI is being used differently in [[Kenya|CO]] compared to elsewhere?
User: maybe. in [[Africa|CT]] generally we have bandwidth problems, the tools are built for other places.
AI: How can we reach you?
User: my number is [[0722 908 114|PH]], twitter [[@wanjiru_ke|H]]. national ID [[27845193|N|kenya_id]] if you need it for [[M-Pesa|SW]].
""")

# ---------------------------------------------------------------- 10 Mexico (manufacturing)
T.append("""
AI: Hello, thanks for joining us today. Can you introduce yourself?
User: Hola, yes. I am [[Luis Ángel de la Garza Treviño|P]], I have [[36|AG]] years, sorry, I mean I am [[36|AG]] years old. [[Quality Engineer|J]] at [[Autopartes del Norte S.A. de C.V.|O]] in [[Monterrey|C]]. I live in [[San Nicolás de los Garza|C]].
AI: Thank you, [[Luis|P]]. How is AI used at your plant?
User: so, we use [[ChatGPT|AI]] for writing the 8D reports in English because the customer is in [[United States|CO]]. and [[SAP|SW]] for everything else. [[my boss|R]], the [[plant manager|R]], he says [[Mexico|CO]] needs to be more like [[Germany|CO]] in automation.
AI: Is there any tool you don't trust?
User: [[Copilot|AI]] in [[Teams|SW]] makes the meeting minutes, but sometimes it write wrong names, like it wrote [[Luis Ángel|P]] as [[Louis Engel|P|garbled_name]] haha.
AI: When did you start in this role?
User: [[3/11/2021|D]]. before I was at another supplier, [[Metalúrgica Coahuila S.A. de C.V.|O|former_employer]].
AI: For the gift card we need a contact.
User: ok my cel is [[+52 81 8340 2297|PH]], or my wife's number, [[8 1 1 7 6 5 0 4 3 2|OP]]. my CURP is [[GATL880614HNLRRS05|N|curp]].
""")

# ---------------------------------------------------------------- 11 Germany (insurance)
T.append("""
AI: Good morning, and thanks for participating. Could you introduce yourself briefly?
User: Guten Morgen. Yes, I am Dr. [[Lukas von Hohenberg|P]], [[Senior Underwriter|J]] at [[Allianz SE|O]] in [[München|C]]. I turned [[fifty|AG]] last year, so I am, let's say, not a digital native.
AI: Thank you, Dr. [[von Hohenberg|P|surname_with_particle]]. How do you use AI at work?
User: We have an internal chatbot, based on [[GPT-4o|AI]] I believe, and [[Copilot|AI]] in [[Outlook|SW]] and [[Teams|SW]]. My colleague [[Jana van der Berg|P]] is much more advanced, she builds prompts for the whole department. [[Jana|P]]'s templates are used by maybe forty people now.
AI: Are there rules about what you can put in?
User: Very strict. No client names, no policy numbers. It is [[Europe|CT]], we have GDPR, and [[Ursula von der Leyen|PF]] made the AI Act, so yes, many rules. In [[Germany|CO]] we like rules anyway.
AI: When did these rules come in?
User: The internal guideline came [[2 May 2023|D]]. Before that it was a bit wild west.
AI: And your background?
User: I studied mathematics at [[LMU München|S]], long time ago.
AI: For the follow-up, what contact should we use?
User: [[l.vonhohenberg@allianz.de|E]], or mobile [[+49 170 4482913|PH]]. Post please to [[Leopoldstraße 112, 80802|A]] [[München|C]]. And the tax ID for the payment, [[47 036 892 815|N|steuer_id]].
""")

# ---------------------------------------------------------------- 12 France (retail)
T.append("""
AI: Bonjour, thank you for being here. Can you introduce yourself?
User: Bonjour! So I am [[Marie-Claire de la Roche|P]], I am [[39|AG]], I work as [[Digital Project Manager|J]] at [[Lumière Distribution SAS|O]] in [[Lyon|C]]. I live in [[Villeurbanne|C]], just next door.
AI: Thanks, [[Marie-Claire|P]]. Which AI tools do you use?
User: It depends. For texts I use [[ChatGPT|AI]], for the product descriptions we tested [[Mistral|AI]] because it is French and the legal team likes that. Ah, and my colleague [[Claude Martin|P|name_equals_ai_product]], it's funny, he is the only one in the team who refuses to use [[Claude|AI]], he says it's a question of dignity, haha. [[Claude|P|name_equals_ai_product]] prefers to write everything himself.
AI: That's a great story. How do you organise the work?
User: Everything is in [[Notion|SW]]. We have a page with good prompts. In [[August|T]] everything stops anyway, the whole of [[France|CO]] is on holiday.
AI: Has there been any incident?
User: On [[14/09/2023|D]] an intern pasted the customer file in a chatbot. Since then we have a charter. [[Emmanuel Macron|PF]] talks about making [[France|CO]] an AI champion, but in companies it is more prudent, you know.
AI: How can we reach you after the study?
User: My mobile is [[06 12 48 93 27|PH]]. For email, I write it like this: [[marieclaire point delaroche arobase orange point fr|OE]]. And the social security number you asked, it's [[2 84 06 69 123 456 78|N|nir_france]].
""")

# ---------------------------------------------------------------- 13 US (nurse)
T.append("""
AI: Thanks for joining today. Could you start by telling me about your role?
User: yeah of course. I'm [[Will Patterson|P]], I'm a [[nurse manager|J]] at [[Cleveland Clinic|O]], on a med-surg floor. I'm [[fifty-two|AG]], been a nurse for almost thirty years.
AI: Thanks, [[Will|P]]. How has AI shown up on your unit?
User: so the big one is [[DAX Copilot|AI]], it listens to the doctor visit and drafts the note into [[Epic|SW]]. nurses don't have it yet, which, you know. I will say some of my staff use [[ChatGPT|AI]] on their phones for drug questions, which scares me.
AI: Can you give an example?
User: sure, one of my nurses, [[Hope|P]], she's great, she asked it about a dosing thing on night shift and it was wrong. I hope she would've caught it anyway, and she did, but [[the charge nurse|R]] flagged it too. that was [[November 2nd|D]], right before [[Thanksgiving|T]].
AI: What do leaders say about it?
User: honestly everyone just quotes [[Sam Altman|PF]] or whoever. [[my director|R]] says wait for the policy.
AI: Where did you train, if you don't mind?
User: [[Ohio State|S]], BSN, then an MSN online.
AI: And for the thank-you card, where can we send it?
User: [[4417 Detroit Ave, Apt 2B|A]], [[Lakewood|C]], [[OH 44107|A|state_zip]]. email [[wpatterson.rn@gmail.com|E]], cell [[(216) 555-0187|PH]]. the form also wanted my SSN, it's [[529-37-1846|N|ssn]].
""")

# ---------------------------------------------------------------- 14 UK (council)
T.append("""
AI: Hi there, thanks for taking part. Could you introduce yourself?
User: hiya, yeah, I'm [[Rose Fairbairn|P]], [[forty-seven|AG]], I'm a [[Policy Officer|J]] at [[Salford City Council|O]]. live in [[Chorlton|C]], so it's a bit of a trek on the tram.
AI: Thanks, [[Rose|P]]. How do you use AI at work?
User: we got [[Copilot|AI]] rolled out in [[Teams|SW]] about a year ago. I use it to summarise consultation responses, there can be hundreds. [[my line manager|R]], [[Mark O'Donnell|P]], was the one who pushed for the pilot. [[Mark|P]]'s very keen, he marks everything as "AI opportunity" on the spreadsheet, drives us mad.
AI: Have you had any concerns?
User: yeah, about residents' data obviously. there was a briefing on the [[3rd of March|D]] about not pasting case notes in, and every [[Monday|T]] we get a reminder email now. [[Keir Starmer|PF]] keeps going on about AI in public services across the [[UK|CO]], so there's pressure from above as well.
AI: What's your background?
User: I did politics at [[University of Leeds|S]], then civil service, then here.
AI: And the best way to get in touch for a follow-up?
User: email's [[rose dot fairbairn at salford dot gov dot uk|OE]], sorry i write it like that out of habit, or mobile [[07700 900461|PH]]. home address for the voucher: [[22 Beech Road|A]], [[Chorlton|C]], [[M21 9EG|A|postcode]]. national insurance [[JG 10 37 52 A|N|uk_nino]].
""")

# ---------------------------------------------------------------- 15 Nigeria (design)
T.append("""
AI: Hello! Thanks for joining. Tell me a bit about yourself?
User: hey! I'm [[Oluwaseun Adebayo-Williams|P]], everybody calls me [[Seun|P|nickname]]. I'm [[twenty-seven|AG]], born [[1997|D]], [[Product Designer|J]] at [[Paystack|O]]. the office is in [[Lagos|C]] but I've been remote from [[Abuja|C]] since last year, I stay around [[Wuse 2|C|neighbourhood]].
AI: Thanks, [[Seun|P]]. How do you use AI as a designer?
User: lots. [[Figma|SW]] has AI features now, I use [[Midjourney|AI]] for moodboards and [[ChatGPT|AI]] for UX copy. my teammate [[Blessing Eze|P]] is the research person, and honestly it's a blessing cos she uses [[Claude|AI]] to synthesise interviews like this one lol.
AI: Any concerns about quality?
User: yeah, AI copy is very generic, very American. users in [[Nigeria|CO]] don't talk like that. [[Blessing|P]] always says we need local voice. and [[Jensen Huang|PF]] saying everyone is a programmer now doesn't help our PMs' expectations lmao.
AI: Where did you study?
User: [[Covenant University|S]], computer science, then switched to design.
AI: How can we reach you?
User: my portfolio is [[seunadebayo.design|U|personal_site]], twitter [[@seundesigns|H]]. phone [[0809 441 2275|PH]], or my second line, i'll write it the way my keyboard does: [[０７０３ ２２８ ９１４０|OP]].
""")

# ---------------------------------------------------------------- 16 Vietnam (bank marketing)
T.append("""
AI: Hi, thank you for joining. Please introduce yourself.
User: hi, my name is [[Trần Văn Minh|P]], [[25|AG]] years old. i am [[Digital Marketing Executive|J]] at [[Techcombank|O]], head office in [[Hà Nội|C]]. i live in [[Cầu Giấy|C|district]] district with my parents.
AI: Nice to meet you, [[Minh|P]]. How do you use AI?
User: i use [[ChatGPT|AI]] to write caption, and [[Canva|SW]] to make banner. [[my senior|R]] [[Lê Hoàng Phúc|P]] he use [[Midjourney|AI]] but company not pay so he pay himself. before [[Tết|T]] we have many campaign so AI help a lot.
AI: Does your company have rules about AI?
User: yes, from [[October 20th|D]] last year, we cannot put customer information. in [[Vietnam|CO]] bank is very careful. i ask [[phúc|P]] many times what is ok and what is not, he also not sure haha.
AI: Where did you go to university?
User: [[National Economics University|S]], marketing faculty.
AI: How can we contact you later?
User: facebook [[facebook.com/minh.tranvan.9|U]], or phone [[+84 912 603 448|PH]]. email [[minh.tv (a) gmail . com|OE]]. if need ID for payment, my CCCD is [[001098012345|N|cccd_vietnam]].
""")

# ---------------------------------------------------------------- 17 Malaysia
T.append("""
AI: Hello, thanks for taking part. Could you introduce yourself?
User: Hi, sure. I'm [[Ahmad Faiz bin Rahman|P]], [[thirty-six|AG]], [[Data Analyst|J]] at [[Malayan Banking Berhad|O]], you know, [[Maybank|O|org_short_form]]. Based in [[Kuala Lumpur|C]] but I stay in [[Petaling Jaya|C]].
AI: Thanks, [[Faiz|P]]. How is AI part of your work?
User: [[Copilot|AI]] for writing [[SQL|SW]], and [[Tableau|SW]] has this AI summary thing now. my colleague [[Nur Aisyah binti Hamzah|P]] she built a small chatbot for the branch staff using [[Azure OpenAI|AI]]. [[Aisyah|P]] is the real expert, I just use it.
AI: What does leadership say?
User: quite positive. even [[Anwar Ibrahim|PF]] talk about AI for [[Malaysia|CO]] in the budget speech. but internally compliance is slow. during [[Hari Raya|T]] everything pause anyway haha.
AI: When did you join the bank?
User: [[16 January 2017|D]], after I graduated from [[Universiti Teknologi Malaysia|S]].
AI: Can we contact you for a follow-up?
User: can, whatsapp [[+60 12-384 7719|PH]] or email [[faiz.rahman@maybank.com.my|E]]. they asked IC number for the voucher, it is [[880412-14-5537|N|mykad]].
""")

# ---------------------------------------------------------------- 18 Indonesia (Bandung engineer)
T.append("""
AI: Hi, thanks for joining! Could you tell me about yourself?
User: hii, I'm [[Sekar Ayu Wulandari|P]], just [[Sekar|P]] is fine. [[29|AG]] this year. I'm a [[Software Engineer|J]] at [[PT GoTo Gojek Tokopedia Tbk|O]], but I work from the [[Bandung|C]] hub, I live in [[Dago|C|neighbourhood]] area.
AI: Thanks, [[Sekar|P]]. What AI tools do you use?
User: [[Cursor|AI]] is my main editor now, with [[Claude|AI]] inside. and [[Slack|SW]] has AI summary which is nice when I wake up to 200 messages. [[Nadiem Makarim|PF]] is like, hero for many engineers here, so everybody wants to be innovative haha.
AI: Has it changed how your team works?
User: yes, code review is harder. [[my lead|R]], mas [[Rizky|P|after_honorific]], he says he can't tell anymore who wrote what, human or AI. we had a retro about it on [[3 June 2024|D]].
AI: What about your studies?
User: [[Institut Teknologi Bandung|S]], informatics.
AI: How can we contact you?
User: github is [[github.com/sekarayu-w|U]], email [[sekar.wulandari@gotocompany.com|E]]. phone, I'll spell it with spaces so the bots don't catch it: [[0 8 5 7 2 2 1 4 6 6 9 1|OP]]. birthday [[17 August 1995|D|birthday]], funny right, same day as [[Indonesia|CO]] independence. the form also ask NIK: [[3273015708950003|N|nik_indonesia]].
""")

# ---------------------------------------------------------------- 19 Philippines (VA)
T.append("""
AI: Hi! Thanks for joining. Can you tell me about your work?
User: hello! so I'm [[Jose Miguel Santos III|P|generational_suffix]], friends call me [[Migs|P|nickname]]. I'm [[thirty|AG]], I work from home in [[Quezon City|C]], near [[Cubao|C|neighbourhood]]. I'm a [[Virtual Assistant|J]] for [[Brightline Realty LLC|O|client_org]], it's a [[US|CO]] real estate company in [[Austin|C]].
AI: Thanks, [[Migs|P]]. How do you use AI for that?
User: everything haha. [[ChatGPT|AI]] for listing descriptions, [[Otter.ai|AI]] for meeting notes, [[Google Sheets|SW]] for the CRM because they don't want to pay for a real one. [[my client|R]] [[Summer Nguyen-Hart|P]] is the broker, she's cool, she lets me experiment.
AI: Does [[Summer|P]] know which tasks are done with AI?
User: yes, I'm transparent. but some VAs on [[Upwork|SW]] hide it. in the [[Philippines|CO]] there's a lot of competition now, because clients think AI can replace us. last [[summer|T]] lots of contracts ended.
AI: When did you start with them?
User: [[Feb 29, 2024|D]], leap day, easy to remember.
AI: How can we reach you afterwards?
User: upwork profile is [[upwork.com/freelancers/~01a9c3f7e2b4d5e6f7|U]], phone [[+63 917 552 0834|PH]]. for the payment they asked for PhilSys number: [[4829-1057-3364-2091|N|philsys]].
""")

# ---------------------------------------------------------------- 20 Poland (developer)
T.append("""
AI: Hello, thanks for your time. Please introduce yourself.
User: hi, [[Tomasz Wójcik|P]], but [[Tomek|P|diminutive]] is ok. [[32|AG]], [[Backend Developer|J]] at [[Nokia Solutions and Networks Sp. z o.o.|O]] in [[Wrocław|C]]. before that four years at [[Comarch S.A.|O|former_employer]] in [[Kraków|C]].
AI: Thanks, [[Tomek|P]]. What AI tools are part of your work?
User: [[Copilot|AI]] in [[IntelliJ|SW]], and sometimes [[ChatGPT|AI]] for regex, i hate regex. my teammate [[marek|P]] uses [[Gemini|AI]] because he says its better for [[Kotlin|SW]]. we argue about it on [[Mondays|T]] at standup.
AI: Are there company rules?
User: yes, since [[2021-11-15|D]] there is an internal policy, only approved tools. [[Linus Torvalds|PF]] said AI is just autocomplete on steroids, i kind of agree.
AI: Where did you study?
User: [[Politechnika Wrocławska|S]], computer science.
AI: How should we get in touch?
User: mail [[tomek.wojcik[at]proton[dot]me|OE]]. phone [[601 234 987|PH]]. on github my username is [[twojcik-dev|H|username_stated]]. PESEL if needed [[91062812478|N|pesel]].
""")

# ---------------------------------------------------------------- 21 Turkey (textile)
T.append("""
AI: Hello, welcome. Can you tell me about yourself and your job?
User: Hello, I am [[Ayşegül Karaca|P]], [[forty-four|AG]] years old, I am [[Export Manager|J]] at [[Karaca Tekstil San. ve Tic. Ltd. Şti.|O]], it is my father's company actually. We are in [[Bursa|C]].
AI: Thank you, [[Ayşegül|P]] Hanım. How is AI used in your work?
User: I write to buyers in English and Spanish, so [[ChatGPT|AI]] and [[Gemini|AI]] help me a lot. Our biggest customer is [[Inditex|O|client_org]] in [[Spain|CO]], and their [[sourcing team|R]] is very demanding. I use [[WhatsApp|SW]] for everything also, Turkish business is [[WhatsApp|SW]] business, haha.
AI: Has AI changed anything in your company?
User: My brother [[Kerem|P]] wanted to replace our translator with AI. I said no. Our translator, [[Selin Aydın|P]], knows the customers, AI does not know the customers. In [[Europe|CT]] they want sustainability reports now, AI helps with that but [[Selin|P]] checks everything. and during [[Ramazan|T]] we work shorter days.
AI: Any moment you remember when it really helped?
User: yes, we won the first tender with an AI-written offer on [[May 19th|D]] last year.
AI: How can we reach you?
User: phone [[+90 532 781 44 19|PH]]. home address [[Fethiye Mah. Ahmet Taner Kışlalı Cad. No: 24 D: 7|A]], [[Nilüfer|C|city_after_address]]/[[Bursa|C]]. TC kimlik [[41528376904|N|tc_kimlik]].
""")

# ---------------------------------------------------------------- 22 Brazil (fintech)
T.append("""
AI: Hi, thanks for participating. Can you introduce yourself?
User: oi! sorry my english is not perfect. I'm [[Ana Luísa da Silva Ferreira|P]], [[twenty six|AG]] years, I work as [[Customer Service Analyst|J]] at [[Nu Pagamentos S.A.|O]], you know, [[Nubank|O|org_short_form]]. I work remote from [[Recife|C]], I live in [[Boa Viagem|C|neighbourhood]].
AI: Thanks, [[Ana Luísa|P|compound_given_name]]. How do you use AI?
User: we have an internal AI that suggest answers in [[Zendesk|SW]], and I use [[ChatGPT|AI]] in my phone to translate when customer write in spanish. [[my supervisor|R]], [[felipe|P]], he... sorry, [[Felipe|P]], he is very strict about not copy customer data.
AI: How do you feel about it?
User: sometimes afraid. [[Elon Musk|PF]] says AI will do all jobs, and customer service is first, no? but in [[Brasil|CO]] people still want to talk to a person. especially in [[Carnaval|T]] when everybody loses the card haha.
AI: Could you share your contact for the follow-up?
User: instagram [[@analu.ferreira|H]]. email [[analuisa.sf\u200c@hotmail.com|OE]]. whatsapp [[+55 81 99812-3047|PH]]. CPF [[047.286.913-58|N|cpf]]. my birthday is [[02/05/1998|D|birthday]] if the form need it.
""")

# ---------------------------------------------------------------- 23 India (teacher)
T.append("""
AI: Namaste, thanks for joining. Tell me a bit about yourself?
User: Namaste. I am [[Sai Krishna Reddy|P]], [[45|AG]] years, [[Mathematics Teacher|J]] at [[Delhi Public School, Nacharam|S|school_as_employer]] in [[Hyderabad|C]]. I am staying in [[Secunderabad|C]], near the station.
AI: Thank you, Mr. [[Reddy|P|surname_after_title]]. How do you use AI in teaching?
User: I use [[ChatGPT|AI]] to make question papers, different levels, and [[Gemini|AI]] because it is in [[Google Classroom|SW]] now. [[the principal|R]] madam is supportive. but students also use it for homework! one boy, [[Arjun Mehta|P]] in class nine, submitted perfect proofs, then in exam zero. so I called [[Arjun|P]]'s father.
AI: How did that conversation go?
User: fine, fine. the father himself uses AI in office haha. [[Narendra Modi|PF]] is talking about AI for [[India|CO]], so parents think it is good always.
AI: Any time of year when you use it especially?
User: in [[May|T]] holidays I prepare the whole year material with AI.
AI: Could you share contact details?
User: mobile [[98490 22716|PH]], email [[saikrishna.reddy79@gmail.com|E]]. Aadhaar [[4921 6630 1857|N|aadhaar]], PAN [[BQKPR4821M|N|pan_india]]. date of birth [[15-08-1979|D|birthday]].
""")

# ---------------------------------------------------------------- 24 Kenya (agritech)
T.append("""
AI: Hello, and thank you for joining. Could you introduce yourself?
User: Hello. I am [[Brian Otieno Ochieng|P]], [[31|AG]] years old, [[Field Data Officer|J]] at [[Twiga Foods Ltd|O]]. I'm based in [[Kisumu|C]] but I grew up in [[Eldoret|C]].
AI: Thanks, [[Brian|P]]. How do you use AI?
User: we have farmers sending voice notes on [[WhatsApp|SW]], and we use a tool with [[Whisper|AI]] to transcribe then [[ChatGPT|AI]] to summarise. [[my team leader|R]] [[Faith Chebet|P]] designed the whole flow. I have faith in it, but Swahili and Dholuo is still a problem.
AI: Can you tell me about a problem you ran into?
User: on [[9th June 2023|D]] the summary said a farmer has 40 acres but it was 4. [[Faith|P]] caught it. so now we double check. in [[Kenya|CO]] and [[Uganda|CO]] the languages mix a lot, English, Swahili, sheng, and AI gets confused. many startups in [[Africa|CT]] have the same issue.
AI: What's your background?
User: [[Maseno University|S]], agricultural economics.
AI: How can we reach you after?
User: [[+254 711 082 394|PH]], or my other line, i'll type it slowly: [[0 7 2 2 4 1 9 8 0 6|OP]]. ID number [[31047762|N|kenya_id]]. email [[brian.ochieng@twiga.com|E]].
""")

# ---------------------------------------------------------------- 25 Mexico (journalist)
T.append("""
AI: Hola, thanks for joining. Can you tell us about yourself?
User: Hola! I'm [[María Guadalupe Hernández Ruiz|P]], but please, [[Lupita|P|nickname]]. I'm [[thirty-seven|AG]], I was born [[22 de septiembre de 1987|D|date_spanish]], and I'm [[Senior Editor|J]] at [[Medios Occidente S.A. de C.V.|O]] in [[Guadalajara|C]]. I live in [[Zapopan|C]].
AI: Thank you, [[Lupita|P]]. How is AI used in your newsroom?
User: [[Perplexity|AI]] for research, [[ChatGPT|AI]] for headlines, and [[Google Docs|SW]] has the [[Gemini|AI]] thing. [[the fact-checker|R]], [[Rodrigo|P]], hates all of it. he says AI is a machine for inventing quotes, which, to be fair, happened once.
AI: What happened?
User: a freelancer put a quote from [[Claudia Sheinbaum|PF]] that she never said. it was generated. we published a correction. in [[México|CO]] that's very dangerous for a journalist.
AI: How often do you use these tools?
User: every day, more around [[Día de Muertos|T]] when we do many special features.
AI: For the follow-up, can we contact you?
User: twitter [[@lupitahdz_mx|H]], phone [[33 1987 4420|PH]]. office address is [[Av. Chapultepec Sur 480, Col. Americana|A]], [[Guadalajara|C|city_after_address]], [[C.P. 44160|A|postcode]]. and the CURP [[HERG870922MJCRZD08|N|curp]].
""")

# ---------------------------------------------------------------- 26 Germany (automotive)
T.append("""
AI: Hello, thank you for taking part. Please introduce yourself.
User: Hallo. I'm [[Sebastian Krüger|P]], colleagues call me [[Basti|P|nickname]]. I'm [[41|AG]], [[Development Engineer|J]] at [[Robert Bosch GmbH|O]] in [[Stuttgart|C]]. I live in [[Ludwigsburg|C]] with my family.
AI: Thanks, [[Sebastian|P]]. Where does AI come in for you?
User: We have an internal assistant based on [[GPT-4|AI]], and I use [[Copilot|AI]] for [[MATLAB|SW]] scripts. [[Our department head|R]] wants everything in [[Jira|SW]] with AI summaries. My colleague [[Hanna-Lena Schäfer|P]] did a pilot for requirements analysis. [[Hanna-Lena|P]] found maybe 30% time saving.
AI: Is AI discussed a lot in [[Germany|CO]]?
User: Of course, everyone is afraid that [[China|CO]] is faster. I joined on [[01.10.2020|D]] and since then the topic changed completely.
AI: And your studies?
User: [[Universität Stuttgart|S]], mechanical engineering.
AI: How can we send the results?
User: [[sebastian.krueger@de.bosch.com|E]], office [[0711 8834920|PH]], mobile [[０１７６ ５５８ ３２１９０|OP]]. home is [[Schillerstraße 27, 71638|A]] [[Ludwigsburg|C|city_after_address]].
""")

# ---------------------------------------------------------------- 27 France / Senegal (consulting)
T.append("""
AI: Hello, thanks for joining. Can you introduce yourself?
User: Hello! I'm [[Aminata Diallo|P]], [[thirty-three|AG]], I'm a [[Senior Consultant|J]] at [[Altares Conseil SARL|O]] in [[Paris|C]]. I live in [[Montreuil|C]], and I grew up in [[Dakar|C]] before moving to [[France|CO]] for my studies at [[ESSEC|S]].
AI: Thanks, [[Aminata|P]]. How do you use AI at work?
User: honestly a lot. [[Le Chat|AI]] from [[Mistral|AI]] for French texts, [[ChatGPT|AI]] for English, and everything ends in [[PowerPoint|SW]] of course. [[the partner|R]] on my main project, [[Jean-Baptiste Moreau|P]], we call him [[JB|P|initials]], he is very old school, he wants everything checked twice.
AI: Has that caused tension?
User: a bit. [[JB|P]] found a slide where the numbers came from a hallucination, on [[8 March 2023|D]]. after that, no more shortcuts.
AI: Do you see differences between countries?
User: yes, my cousins in [[Senegal|CO]] use AI on the phone much more creatively. people talk about [[Yann LeCun|PF]] here like a rock star but in [[Africa|CT]] the use is very practical.
AI: How can we reach you?
User: linkedin [[linkedin.com/in/aminata-diallo-3b7a21|U]] or [[+33 6 71 24 88 05|PH]]. friends say [[Ami|P|nickname]], you can too.
""")

# ---------------------------------------------------------------- 28 US (sales)
T.append("""
AI: Hey, thanks for hopping on. Tell me a bit about yourself?
User: yeah for sure. I'm [[Bill Nakamura|P]], [[38|AG]], [[Account Executive|J]] at [[Vantage Point Analytics, Inc.|O]] here in [[Austin|C]].
AI: Thanks, [[Bill|P]]. How does AI fit into your sales process?
User: oh man, everything. [[Gong|SW]] records every call, [[ChatGPT|AI]] writes my follow-ups, [[Claude|AI]] when I need something long like a proposal. [[HubSpot|SW]] has its own AI thing too. [[my VP|R]] basically says AI pays the bills now.
AI: Any downsides?
User: yeah, prospects can tell. one guy, [[Derek Hollis|P]] from [[Northwind Freight|O|client_org]], literally replied "did a robot write this". lost that deal on [[March 3rd|D]], end of [[Q1|T]]. [[Elon Musk|PF]] tweets about AI agents replacing salespeople and my whole [[LinkedIn|SW]] feed panics.
AI: Where did you go to school?
User: [[UT Austin|S]], business.
AI: How can we send you the gift card?
User: [[bill.n@vantagepoint.io|E]] or text [[512-555-0148|PH]]. mailing address [[2209 Speedway, Unit 4|A]], [[Austin|C|city_after_address]], [[TX 78705|A|state_zip]]. I'm [[@billsells|H]] on twitter too lol.
""")

# ---------------------------------------------------------------- 29 UK (pharmacist)
T.append("""
AI: Hello, thanks for joining. Could you start by introducing yourself?
User: Hi, yes. I'm Dr [[Fatima Zahra Qureshi|P]], [[Lead Pharmacist|J]] at [[Sandwell and West Birmingham NHS Trust|O]]. I'm [[fifty-one|AG]], I live in [[Edgbaston|C|neighbourhood]], my parents came from [[Pakistan|CO]] in the seventies.
AI: Thank you, Dr [[Qureshi|P|surname_after_title]]. How is AI used in your work?
User: well, officially very little. we've got [[Copilot|AI]] on the work laptops now, and there's an AI module in [[EMIS|SW]] that flags interactions. my colleague [[Sunny Dhillon|P]] tests everything first. [[Sunny|P]] is braver than me, even on a grey day he's, well, sunny.
AI: Have there been safety concerns?
User: absolutely. [[the registrar|R]] once showed me a [[ChatGPT|AI]] answer about a paediatric dose that was ten times too high. that was [[30/06/2022|D]], I wrote it up. [[Rishi Sunak|PF]] held his big AI summit later, but nothing changed on the wards.
AI: What's your training background?
User: MPharm at [[Aston University|S]].
AI: And to contact you for a follow-up?
User: work phone [[+44 121 496 0734|PH]], NI number [[PX 48 21 77 C|N|uk_nino]]. the form also asked my NHS number, weirdly, it's [[485 777 3456|N|nhs_number]]. we have team huddles on [[Wednesdays|T]] if you want to observe one.
""")

# ---------------------------------------------------------------- 30 Nigeria (oil & gas)
T.append("""
AI: Good day, and thank you for participating. Please introduce yourself.
User: Good day. I am [[Ibrahim Musa Danjuma|P]], [[46|AG]] years old. I am [[HSE Supervisor|J]] with [[Shell Petroleum Development Company of Nigeria Ltd|O]], stationed in [[Port Harcourt|C]], though I am from [[Kano|C]].
AI: Thank you, Mr. [[Danjuma|P|surname_after_title]]. How do you use AI in your role?
User: We use [[SAP|SW]] for incident reporting and now there is an AI tool that reads the reports and finds patterns. I use [[ChatGPT|AI]] to draft toolbox talks. [[the site engineer|R]], [[tunde|P]], sorry, [[Tunde Akinola|P]], he is the one who showed me.
AI: Do you think AI improves safety?
User: Somewhat. But during [[Harmattan|T]] the dust is heavy, the sensors fail and AI cannot help. [[Aliko Dangote|PF]] said something about technology and local industry, I agree partly. In [[Nigeria|CO]] we must adapt tools to our environment.
AI: When did you start with the company?
User: [[1 October 2010|D]], after my degree at [[Ahmadu Bello University|S]], [[Zaria|C]].
AI: How can we reach you?
User: phone [[0803 312 7764|PH]], email [[ibrahim.danjuma AT yahoo DOT co DOT uk|OE]]. NIN [[70193348215|N|nin_nigeria]].
""")

# ---------------------------------------------------------------- 31 Vietnam (hotel)
T.append("""
AI: Hello, thanks for joining. Could you tell me about yourself?
User: hello, my name is [[Phạm Ngọc Lan|P]], [[thirty-five|AG]]. i am [[Front Office Manager|J]] at [[Sông Hàn Riverside Hotel|O]] in [[Đà Nẵng|C]]. i live in [[Sơn Trà|C|district]], near the beach.
AI: Thank you, [[Lan|P]]. How does AI help in a hotel?
User: many guests from [[South Korea|CO]], so we use [[Papago|AI]] and [[Google Translate|SW]] at the desk. i use [[ChatGPT|AI]] to answer reviews on [[Booking.com|SW]]. my boss chị [[Hương|P|after_honorific]], the [[GM|R]], she says reply must be personal, not robot.
AI: Is there a busy period where this matters most?
User: [[Tết|T]] and [[summer|T]], very busy. last year on [[15/4/2023|D]] we had a big group and AI translated the menu wrong, peanut allergy, very dangerous. [[Hương|P]] was very angry. in [[Vietnam|CO]] hotel staff need more training for this.
AI: Where did you study?
User: [[Đại học Kinh tế Đà Nẵng|S]], tourism management.
AI: How can we follow up?
User: email [[lan.pham@songhanriverside.vn|E]], phone [[0905 771 238|PH]], or personal [[０９３５ ２１８ ６６４|OP]].
""")

# ---------------------------------------------------------------- 32 Indonesia (nurse)
T.append("""
AI: Hello, thank you for joining us. Please introduce yourself.
User: Selamat pagi. My name is [[Siti Rahmawati|P]], I am [[36|AG]] years old, [[Head Nurse|J]] at [[PT Siloam International Hospitals Tbk|O]], the branch in [[Surabaya|C]]. I live in [[Sidoarjo|C]].
AI: Thank you, Ibu [[Siti|P|after_honorific]]. How is AI used in the hospital?
User: still new. the doctors use [[ChatGPT|AI]] sometimes, and the hospital system has AI for bed management. for nurses, we use [[WhatsApp|SW]] group mostly haha. my colleague [[Wahyu Hidayat|P]], he is IT, he made a small chatbot with [[Gemini|AI]] for shift schedule. [[Wahyu|P]] is very smart.
AI: Any concerns from the nurses?
User: yes, about patient data. [[the doctor on duty|R]] once copy a patient name in chatbot and I stop him. in [[Indonesia|CO]] there is new law about personal data, [[Jokowi|PF]] signed it I think.
AI: When did you become head nurse?
User: [[1 March 2021|D]]. during [[Ramadan|T]] the shift schedule is most difficult.
AI: How can we reach you?
User: phone [[+62 812-3456-7012|PH]]. address [[Perum Taman Pinang Indah Blok B2 No. 9|A]], [[Sidoarjo|C|city_after_address]]. NIK [[3515066104880002|N|nik_indonesia]], birthday [[21 April 1988|D|birthday]].
""")

# ---------------------------------------------------------------- 33 Philippines (audit)
T.append("""
AI: Hi, thanks for joining! Can you tell me about yourself?
User: hi! I'm [[Grace Villanueva-Ong|P]], [[24|AG]], [[Audit Associate|J]] at [[SGV & Co.|O]] in [[Makati|C]]. originally from [[Davao City|C]] tho, I moved here after graduating from [[Ateneo de Davao University|S]].
AI: Thanks, [[Grace|P]]. How do you use AI in audit?
User: we can use [[Copilot|AI]] for summarizing, and we have a [[ChatGPT|AI]] enterprise thing too. most of my life is [[Excel|SW]] though. my senior, Sir [[Ramon|P|after_title]], he says never trust AI numbers, always tick and tie.
AI: What's the busiest time?
User: every [[April|T]] it's busy season. my first ever filing deadline was [[April 15, 2024|D]] and there's no grace period in audit haha. in the [[Philippines|CO]] the big firms are all the same.
AI: Have there been any issues with AI?
User: one time the AI summary of a client contract missed a clause. [[the audit partner|R]] was not happy. [[Ramon|P]] covered for me, thank God.
AI: For the follow up, how do we reach you?
User: [[grace.vong@gmail.com|E]], [[0998 214 7730|PH]]. TIN for the honorarium [[418-227-903-000|N|tin_philippines]].
""")

# ---------------------------------------------------------------- 34 Poland / Ukraine (customs)
T.append("""
AI: Hello, thank you for joining. Could you introduce yourself?
User: Hello. I am [[Olena Kovalenko|P]], [[twenty-nine|AG]], from [[Kharkiv|C]]. I came to [[Poland|CO]] on [[3 March 2022|D]]. Now I work as [[Customs Specialist|J]] at [[DCT Gdańsk S.A.|O]], in [[Gdańsk|C]], and I live in [[Gdynia|C]].
AI: Thank you, [[Olena|P]]. How do you use AI?
User: [[DeepL|AI]] every day, for Polish documents. and [[ChatGPT|AI]] to understand customs regulations. [[my shift supervisor|R]] [[Piotr Zieliński|P]] was surprised how fast I learned, but it's because of AI honestly. [[Piotr|P]] now asks me to teach others.
AI: Has it been important for you as a newcomer?
User: very. without AI I could not work in Polish so fast. my diploma is from [[Karazin Kharkiv National University|S]], but here nobody knows it. [[Volodymyr Zelensky|PF]] said technology helps [[Ukraine|CO]] survive, for me personally too.
AI: How can we reach you?
User: telegram [[@olena_kov|H]], phone [[+48 512 908 337|PH]]. email i write like this: [[olena dot kovalenko at wp dot pl|OE]]. PESEL [[95122003468|N|pesel]].
""")

# ---------------------------------------------------------------- 35 Turkey (defence software)
T.append("""
AI: Hi, thanks for joining. Could you briefly introduce yourself?
User: hi. [[Emre Şahin|P]], [[34|AG]], [[Senior Software Engineer|J]] at [[Aselsan A.Ş.|O]] in [[Ankara|C]]. live in [[Çankaya|C|district]]. before I was at [[Havelsan|O|former_employer]] for three years.
AI: Thanks, [[Emre|P]]. How do you use AI, given it's a sensitive sector?
User: very limited. [[ChatGPT|AI]] and [[Copilot|AI]] are blocked on the network. we have a local model, some [[Llama|AI]] variant, on premise, and [[Jira|SW]] and [[Confluence|SW]] are also on premise. [[the security officer|R]] checks everything. on my personal laptop I use [[Claude|AI]] for side projects.
AI: Do colleagues feel the same way?
User: mixed. my friend [[Burak|P]] from the team says we lose productivity compared to companies in [[Türkiye|CO]] that use cloud AI. i told [[burak|P]] security is more important. [[Demis Hassabis|PF]] is my hero though haha.
AI: When did you join?
User: [[12.06.2019|D]]. after [[ODTÜ|S|school_abbreviation]], computer engineering.
AI: How can we contact you?
User: github [[github.com/emresahin-dev|U]]. phone [[+90 312 555 41 20|PH]] is the office, mobile i'll spell out: [[0 5 3 3 6 2 1 4 4 0 8|OP]]. TC kimlik [[18372946510|N|tc_kimlik]].
""")

# ---------------------------------------------------------------- 36 Brazil (agribusiness)
T.append("""
AI: Good morning, thanks for your time. Can you introduce yourself?
User: Bom dia. I'm [[Rafael Schmidt Becker|P]], [[fifty-five|AG]] years. I'm [[Commercial Manager|J]] at [[Cooperativa Agroindustrial Vale do Taquari Ltda.|O]] in [[Lajeado|C]], but I go to [[Porto Alegre|C]] every week.
AI: Thank you, [[Rafael|P]]. How does AI enter your work?
User: my son told me to use [[ChatGPT|AI]] and now I use it for everything, contracts, emails to [[China|CO]] buyers. [[Gemini|AI]] also because it's in my phone. and we have dashboards in [[Power BI|SW]]. [[the board|R]] is very conservative, old farmers, but they like the dashboards.
AI: Can you give an example?
User: in [[September|T]], before planting, we prepare price forecasts. [[my analyst|R]] [[Camila Rossi|P]] uses AI to read the [[Argentina|CO]] market reports in Spanish. [[Camila|P]] saves maybe one day per week.
AI: When did you start in this position?
User: [[18 de março de 2016|D|date_portuguese]]. before I was in a bank, [[Banrisul|O|former_employer]].
AI: For the honorarium, could you give us your details?
User: CPF [[519.034.728-41|N|cpf]], address [[Rua Júlio de Castilhos, 1250, apto 302|A]], [[Lajeado|C|city_after_address]], CEP [[95900-000|A|postcode]]. phone [[(51) 99634-1187|PH]], email [[rafael.becker@coopvale.com.br|E]]. friends call me [[Rafa|P|nickname]].
""")

# ---------------------------------------------------------------- 37 India (HR)
T.append("""
AI: Hello, thank you for joining. Please introduce yourself.
User: Hi, I'm [[Ananya Bose|P]], [[thirty-eight|AG]], [[HR Business Partner|J]] at [[Tata Consultancy Services Limited|O]] in [[Kolkata|C]]. I work out of the [[Salt Lake|C|neighbourhood]] campus.
AI: Thanks, [[Ananya|P]]. How does AI show up in HR?
User: a lot! [[Workday|SW]] has AI features, we use [[Microsoft Copilot|AI]] for drafting policies, and recruiters use [[ChatGPT|AI]] to write JDs. [[Satya Nadella|PF]] visited [[India|CO]] and everybody was posting about it for weeks haha.
AI: Any ethical concerns?
User: yes, for sure. [[the recruiter|R]] on my team, [[Subhajit|P]], once asked an AI to rank resumes and it preferred certain colleges. we stopped that immediately. Mr. [[Subramanian|P|surname_after_title]], [[our delivery head|R]], supported the decision.
AI: When did you join?
User: [[2015-07-01|D]], straight after my MBA from [[XLRI|S|school_abbreviation]]. before that BA from [[Jadavpur University|S]].
AI: Contact details for follow-up?
User: [[ananya.bose@tcs.com|E]], phone [[+91 33 4002 7718|PH]], my mobile is [[９８３０１ ４４７２６|OP]]. Aadhaar [[7390 1184 2265|N|aadhaar]]. I'll be off for [[Durga Puja|T]] though.
""")

# ---------------------------------------------------------------- 38 Kenya (tourism)
T.append("""
AI: Hello, karibu, thanks for joining. Can you introduce yourself?
User: Asante. I'm [[Mwanaisha Hassan Omar|P]], but everyone says [[Aisha|P|nickname]]. I'm [[forty-two|AG]], [[Reservations Manager|J]] at [[Pwani Safaris Ltd|O]] in [[Mombasa|C]]. I live in [[Nyali|C|neighbourhood]].
AI: Thank you, [[Aisha|P]]. How do you use AI?
User: most bookings come through [[Booking.com|SW]] and email. I use [[ChatGPT|AI]] to reply in German because many guests are from [[Germany|CO]], and [[Gemini|AI]] sometimes. our [[front desk|R]] team uses it to translate on the phone.
AI: Any challenges?
User: in [[August|T]], high season, sometimes AI confirms things we don't offer, like a trip to [[Tanzania|CO]] we don't do. on [[12 Dec 2023|D]] a guest arrived expecting a free transfer because of an AI reply. [[my director|R]] [[Hamisi|P]] had to pay it.
AI: Where did you study?
User: [[Technical University of Mombasa|S]], hospitality.
AI: How can we contact you?
User: office [[0733 555 201|PH]], whatsapp [[+254 720 118 902|PH]], email [[aisha.omar[at]pwanisafaris[dot]co[dot]ke|OE]]. ID [[22918473|N|kenya_id]], KRA PIN [[A009318472Z|N|kra_pin]].
""")

# ---------------------------------------------------------------- 39 US (paralegal)
T.append("""
AI: Hi, thanks for making time. Tell me about yourself?
User: hi! I'm [[Hope Delgado|P]], [[twenty-nine|AG]], I'm a [[Paralegal|J]] at [[Baxter, Ruiz & Kim LLP|O]] in [[Chicago|C]]. I live in [[Pilsen|C|neighbourhood]], my family's from [[Mexico|CO]] originally.
AI: Thanks, [[Hope|P]]. How does AI come into your work?
User: so we have [[CoCounsel|AI]] now, on top of [[Westlaw|SW]], and some people still sneak [[ChatGPT|AI]]. [[the partners|R]] are split. I'm basically the one who tests new tools. honestly I hope they give us proper training.
AI: Could you describe a time it went wrong?
User: yeah so my coworker [[ana|P]], [[Ana Kowalczyk|P]], asked an AI tool for a case summary and it made up a citation. [[Ana|P]] caught it before filing thank god. that was [[June 5th|D]]. after that [[a paralegal on my team|R]] made a verification checklist.
AI: What do you think about the wider debate?
User: [[Sam Altman|PF]] says lawyers will be fine, I'm less sure about paralegals lol.
AI: Education?
User: [[DePaul University|S]], then a paralegal certificate.
AI: And how should we send the gift card?
User: [[hdelgado@brklaw.com|E]] or [[(312) 555-0199|PH]]. they asked for SSN on the W-9, it's [[318-62-9047|N|ssn]].
""")

# ---------------------------------------------------------------- 40 Ghana (procurement)
T.append("""
AI: Hello, thank you for joining. Could you introduce yourself?
User: Hello, good afternoon. I'm [[Ama Serwaa Mensah|P]], [[32|AG]] years, I'm a [[Procurement Officer|J]] at [[MTN Ghana|O]] in [[Accra|C]]. I was born [[6 March 1992|D|birthday]], independence day, so easy to remember.
AI: Thanks, [[Ama|P]]. How do you use AI?
User: I use [[ChatGPT|AI]] to compare supplier proposals, and [[Excel|SW]] of course, plus [[Copilot|AI]] for summarising long tender documents. [[my boss|R]], [[Kwabena Osei-Tutu|P]], he is careful, he says don't upload anything with prices.
AI: So, [[Ama|P]]'s approach is to check everything manually first?
User: yes exactly. what worries me is fairness. in [[Africa|CT]], suppliers are small, AI tools are trained on big company data. [[John Mahama|PF]] talks about digital jobs but practically, hmm. and on [[Fridays|T]] we have procurement committee, nobody wants AI there. [[Ghana|CO]] is not ready yet.
AI: Where did you study?
User: [[KNUST|S|school_abbreviation]], then I moved to [[Accra|C]] for work.
AI: How can we contact you?
User: [[ama.mensah@mtn.com.gh|E]], [[+233 24 412 7789|PH]]. home is [[House No. 14, Lagos Avenue|A]], [[East Legon|C|city_after_address]]. Ghana Card [[GHA-719203845-6|N|ghana_card]].
""")


# =====================================================================
MARK = re.compile(r"\[\[(.+?)\|([A-Z]+)(?:\|([a-z0-9_]+))?\]\]")

WORD_NAMES = {"Will", "Grace", "Hope", "Summer", "Bill", "Rose", "Mark", "Joy",
              "Faith", "Sunny", "Blessing", "Ami", "Claude"}
PARTICLES = {"von", "van", "der", "de", "la", "dela", "da", "dos", "bin", "binti", "del"}
TITLES = re.compile(r"(Mr\.|Mrs\.|Ms\.|Dr\.?|Sir|Pak|Ibu|mas|anh|chị)\s$")
LEGAL = re.compile(r"(GmbH|\bSE$|S\.A\.|Sp\. z o\.o\.|Tbk|\bLtd|Plc|A\.Ş\.|Ltd\. Şti\.|SAS|SARL|"
                   r"LLC|LLP|Inc\.|Limited|Berhad|Ltda\.)")


def phenomenon(code, val, text, start, end, spans, speaker):
    before = text[max(0, start - 12):start]
    after = text[end:end + 2]
    if code == "P":
        if after == "'s":
            return "possessive"
        if val.islower():
            return "lowercase_name"
        if TITLES.search(before):
            return "after_title"
        if speaker == "AI" and " " not in val:
            return "interviewer_echo"
        if val in WORD_NAMES or val.split()[0] in WORD_NAMES:
            return "word_name"
        if "-" in val:
            return "hyphenated_name"
        if any(t in PARTICLES for t in val.split()):
            return "name_particle"
        n = len(val.split())
        return "multi_part_name" if n >= 3 else ("full_name" if n == 2 else "first_name")
    if code == "E":
        return "email"
    if code == "OE":
        if "\u200b" in val or "\u200c" in val:
            return "zero_width_email"
        if "[at]" in val:
            return "bracket_at_dot"
        return "spelled_out_at_dot"
    if code == "PH":
        return "phone_international" if val.startswith("+") else "phone_national"
    if code == "OP":
        if any("\uff10" <= ch <= "\uff19" for ch in val):
            return "fullwidth_digits"
        return "spaced_digits"
    if code == "U":
        return "profile_url"
    if code == "H":
        return "at_handle" if val.startswith("@") else "username_stated"
    if code == "A":
        return "street_address"
    if code == "N":
        return "national_id"
    if code == "O":
        return "org_legal_suffix" if LEGAL.search(val) else "employer"
    if code == "C":
        if spans and spans[-1]["entity_type"] == "ADDRESS" and start - spans[-1]["end"] <= 3:
            return "city_after_address"
        return "city"
    if code == "J":
        return "job_title_with_employer"
    if code == "AG":
        return "age_digits" if val.isdigit() else "age_words"
    if code == "D":
        if re.fullmatch(r"\d{4}", val):
            return "birth_year"
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", val):
            return "date_iso"
        if re.fullmatch(r"[\d./-]+", val):
            return "date_numeric"
        return "date_written"
    if code == "S":
        return "school"
    if code == "AI":
        return "name_like_ai_product" if val in {"Claude", "Gemini", "Harvey", "Le Chat", "Mistral",
                                                  "Llama", "Cursor", "Whisper", "Papago"} else "ai_product"
    if code == "PF":
        return "public_figure"
    if code == "SW":
        return "software"
    if code == "R":
        return "generic_role"
    if code == "T":
        return "generic_time"
    if code in ("CO", "CT"):
        return "place_decoy"
    return code.lower()


def build(idx, src):
    turns = [ln.strip() for ln in src.strip().split("\n") if ln.strip()]
    assert 6 <= len(turns) <= 14, (idx, len(turns))
    text = ""
    spans = []
    for ti, turn in enumerate(turns):
        assert turn.startswith("AI: ") or turn.startswith("User: "), turn
        speaker = "AI" if turn.startswith("AI: ") else "User"
        if ti:
            text += "\n\n"
        pos = 0
        for m in MARK.finditer(turn):
            text += turn[pos:m.start()]
            val, code, phen = m.group(1), m.group(2), m.group(3)
            assert code in CODES, (idx, code)
            start = len(text)
            text += val
            end = len(text)
            et, kind = CODES[code]
            if not phen:
                phen = phenomenon(code, val, text, start, end, spans, speaker)
            spans.append({"start": start, "end": end, "entity_type": et, "kind": kind,
                          "phenomenon": phen, "_val": val})
            pos = m.end()
        text += turn[pos:]
    # -------- validation
    assert "[[" not in text and "]]" not in text and "|" not in text, (idx, text)
    prev_end = -1
    for s in spans:
        assert text[s["start"]:s["end"]] == s["_val"], (idx, s)
        assert s["start"] >= prev_end, ("overlap", idx, s)
        assert s["_val"] == s["_val"].strip(), ("whitespace", idx, s)
        prev_end = s["end"]
    # every occurrence of a labelled sensitive string must be covered by some span
    for s in spans:
        if s["kind"] == "decoy" or len(s["_val"]) < 2:
            continue
        for m in re.finditer(r"(?<!\w)" + re.escape(s["_val"]) + r"(?!\w)", text):
            covered = any(o["start"] <= m.start() and m.end() <= o["end"] for o in spans)
            assert covered, ("uncovered occurrence", idx, s["_val"], m.start())
    return text, spans


def main():
    out = []
    kinds_total = Counter()
    types_total = Counter()
    warn = []
    for i, src in enumerate(T, 1):
        text, spans = build(i, src)
        kc = Counter(s["kind"] for s in spans)
        if not (4 <= kc["direct"] <= 10 and 3 <= kc["quasi"] <= 8
                and kc["obfuscated"] <= 2 and 4 <= kc["decoy"] <= 10):
            warn.append((i, dict(kc)))
        kinds_total.update(kc)
        types_total.update((s["kind"], s["entity_type"]) for s in spans)
        clean = [{k: v for k, v in s.items() if k != "_val"} for s in spans]
        out.append({"transcript_id": f"ind-{i:04d}", "locale": "mixed", "text": text, "spans": clean})
    assert len(out) == 40, len(out)
    with open(__import__("os").path.join(__import__("os").path.dirname(__file__), "set_a.jsonl"), "w", encoding="utf-8") as f:
        for rec in out:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    # re-read and re-validate from disk
    with open(__import__("os").path.join(__import__("os").path.dirname(__file__), "set_a.jsonl"), encoding="utf-8") as f:
        recs = [json.loads(l) for l in f]
    n = 0
    for rec, (i, src) in zip(recs, enumerate(T, 1)):
        vals = [m.group(1) for m in MARK.finditer(src)]
        assert len(vals) == len(rec["spans"])
        for s, v in zip(rec["spans"], vals):
            assert rec["text"][s["start"]:s["end"]] == v
            n += 1
    print(f"transcripts: {len(recs)}  spans: {n}")
    print("per kind:", dict(kinds_total))
    for (k, t), c in sorted(types_total.items()):
        print(f"  {k:11s} {t:15s} {c}")
    if warn:
        print("range warnings:", warn)


if __name__ == "__main__":
    sys.exit(main())
